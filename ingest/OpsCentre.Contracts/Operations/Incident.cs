using OpsCentre.Contracts.Assets;

namespace OpsCentre.Contracts.Operations;

/// <summary>
/// Something operators act on, as stored and as carried on ops.incidents.v1 (keyed by incident id; each change
/// publishes the whole incident with a higher <paramref name="Version"/>, so consumers keep the latest).
/// </summary>
/// <param name="Kind">What happened, e.g. "possible-collision", "pollution-episode", "sensor-fault".</param>
/// <param name="Priority">1 (life-safety, act now) to 5 (routine).</param>
/// <param name="Evidence">The anomalies that raised or joined the incident, with their detector explanations.</param>
/// <param name="EscalationLevel">0 = with the operators; 1 = supervisor; 2 = duty manager; 3 = strategic command.</param>
/// <param name="AssignedTo">The team or unit the incident is assigned to (never a member of the public).</param>
/// <param name="StateChangedAt">When the incident entered its current state (SLA clocks run from here); null on
/// incidents written before this field existed, which then count from <paramref name="OpenedAt"/>.</param>
/// <param name="Checklist">The standard operating procedure for the kind, with the steps ticked off so far.</param>
/// <param name="Outcome">True or false positive, once an operator has judged it.</param>
/// <param name="Alerts">The alerts sent to partners about this incident and how far each has got.</param>
/// <param name="RaisedBy">What raised it: a correlation rule ("rule-id@rules-version") or an external feed.</param>
public sealed record Incident(
    string IncidentId,
    string Kind,
    string Title,
    int Priority,
    IncidentState State,
    DateTimeOffset OpenedAt,
    DateTimeOffset UpdatedAt,
    GeoPoint Location,
    IReadOnlyList<string> AssetIds,
    IReadOnlyList<Anomaly> Evidence,
    string Summary,
    long Version,
    int EscalationLevel = 0,
    string? AssignedTo = null,
    DateTimeOffset? StateChangedAt = null,
    IReadOnlyList<ChecklistStep>? Checklist = null,
    IncidentOutcome? Outcome = null,
    IReadOnlyList<PartnerAlertStatus>? Alerts = null,
    string? RaisedBy = null);
