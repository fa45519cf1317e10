namespace OpsCentre.Contracts.Operations;

/// <summary>The state of the alert sent to one partner about an incident, shown on the incident.</summary>
public sealed record PartnerAlertStatus(string AlertId, string PartnerId, string PartnerName, PartnerAlertState State, DateTimeOffset At);
