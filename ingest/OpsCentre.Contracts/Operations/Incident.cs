using OpsCentre.Contracts.Assets;

namespace OpsCentre.Contracts.Operations;

/// <summary>
/// Something operators act on, as stored and as carried on ops.incidents.v1 (keyed by incident id; each change
/// publishes the whole incident with a higher <paramref name="Version"/>, so consumers keep the latest).
/// </summary>
/// <param name="Kind">What happened, e.g. "possible-collision", "pollution-episode", "sensor-fault".</param>
/// <param name="Priority">1 (life-safety, act now) to 5 (routine).</param>
/// <param name="Evidence">The anomalies that raised or joined the incident, with their detector explanations.</param>
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
    string? AssignedTo = null);
