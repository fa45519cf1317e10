namespace OpsCentre.Alerts.Alerting;

/// <summary>
/// Everything sent to one partner about one incident: an Alert, then Updates, then an all-clear Update or a Cancel.
/// Its id is what the partner acknowledges. <see cref="LastIncidentVersion"/> makes planning idempotent: an incident
/// version at or below it has been dealt with already.
/// </summary>
/// <param name="Fingerprint">What the partner was last told, reduced to what matters to it; a change means an Update.</param>
/// <param name="SentMessages">References ("sender,identifier,sent") of every message sent so far, oldest first.</param>
/// <param name="AlertedAt">When the current Alert was raised; the acknowledgement clock runs from here.</param>
public sealed record PartnerAlert(
    string AlertId,
    string IncidentId,
    string PartnerId,
    int Priority,
    PartnerAlertPhase Phase,
    long LastIncidentVersion,
    string Fingerprint,
    IReadOnlyList<string> SentMessages,
    DateTimeOffset AlertedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? DeliveredAt = null,
    DateTimeOffset? AcknowledgedAt = null,
    string? AcknowledgedBy = null,
    DateTimeOffset? EscalatedAt = null);
