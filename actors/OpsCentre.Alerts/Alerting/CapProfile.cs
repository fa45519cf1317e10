using OpsCentre.Alerts.Cap;

namespace OpsCentre.Alerts.Alerting;

/// <summary>How an incident kind reads in CAP: its categories, event name, recommended response and instruction.</summary>
public sealed record CapProfile(IReadOnlyList<CapCategory> Categories, string Event, CapResponseType Response, string Instruction);
