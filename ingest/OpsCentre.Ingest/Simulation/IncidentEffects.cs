using OpsCentre.Contracts.Readings;

namespace OpsCentre.Ingest.Simulation;

/// <summary>
/// What active incidents do to this tick's signals, keyed by the models' asset indexes. Rebuilt every tick by
/// <see cref="IncidentInjector"/>; each model applies its part after computing the normal value, so an incident
/// changes only the assets it involves and the random streams of everything else stay untouched.
/// </summary>
internal sealed class IncidentEffects
{
    /// <summary>A collision keeps this share of a link's normal flow moving.</summary>
    public const double CollisionFlowShare = 0.35;

    public Dictionary<int, double> CollisionSpeedCapByLink { get; } = [];

    public Dictionary<int, (CameraEventKind Kind, double Confidence, string TrackRef)> CameraEventByCamera { get; } = [];

    public Dictionary<int, double> No2AddedByMonitor { get; } = [];

    public HashSet<string> StuckAssetIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Extra river level from a flood wave, before the per-gauge upstream weighting.</summary>
    public double RiverRiseMetres { get; set; }

    public void Clear()
    {
        CollisionSpeedCapByLink.Clear();
        CameraEventByCamera.Clear();
        No2AddedByMonitor.Clear();
        StuckAssetIds.Clear();
        RiverRiseMetres = 0;
    }
}
