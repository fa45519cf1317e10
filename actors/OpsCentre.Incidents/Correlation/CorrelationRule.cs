namespace OpsCentre.Incidents.Correlation;

/// <summary>
/// Raises an incident of <see cref="Kind"/> when every evidence role is filled by anomalies within
/// <see cref="Window"/> of each other and in the same place (<see cref="Space"/>). Once open, the incident takes
/// further matching anomalies as evidence for as long as they keep arriving within <see cref="JoinWindow"/>.
/// </summary>
public sealed record CorrelationRule(
    string Id,
    string Kind,
    int Priority,
    TimeSpan Window,
    TimeSpan JoinWindow,
    SpatialScope Space,
    IReadOnlyList<EvidenceRole> Evidence,
    string? Description = null)
{
    public bool Wants(Contracts.Operations.Anomaly anomaly) => Evidence.Any(role => role.Matches(anomaly));
}
