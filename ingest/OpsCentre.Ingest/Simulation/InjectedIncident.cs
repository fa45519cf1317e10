using OpsCentre.Contracts.Assets;

namespace OpsCentre.Ingest.Simulation;

/// <summary>
/// Ground truth for one injected incident: what, which assets show it, when (End exclusive) and where. Detection
/// and correlation tests compare what they raised against these.
/// </summary>
public sealed record InjectedIncident(
    IncidentKind Kind,
    IReadOnlyList<string> AssetIds,
    DateTimeOffset Start,
    DateTimeOffset End,
    GeoPoint Location)
{
    public bool IsActiveAt(DateTimeOffset at) => at >= Start && at < End;
}
