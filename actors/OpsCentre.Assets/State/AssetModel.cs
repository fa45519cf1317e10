using OpsCentre.Assets.Detection;
using OpsCentre.Assets.Health;

namespace OpsCentre.Assets.State;

/// <summary>How every asset on a node behaves: the detector each signal gets, when a score becomes an anomaly,
/// when silence makes an asset offline, and how many readings each signal keeps.</summary>
/// <param name="DetectorReplayReadings">Readings each signal keeps so its detector can be rebuilt, by replay, after a
/// restore or a restart. Default 256 (the ensemble scores only after 200 readings of evidence; fewer would leave a
/// restored asset's detectors blind for hours); range 0..4096, 0 meaning a rebuilt detector starts from nothing.</param>
public sealed record AssetModel(
    SignalDetectorFactory Detectors,
    AnomalyOptions Anomalies,
    AssetHealthOptions Health,
    int DetectorReplayReadings = AssetModel.DefaultDetectorReplayReadings)
{
    public const int DefaultDetectorReplayReadings = 256;

    /// <summary>Readings kept per signal: enough for the charts and for the detector replay.</summary>
    public int HistoryCapacity => Math.Max(Anomalies.RecentReadings, DetectorReplayReadings);

    public AssetModel Validated()
    {
        ArgumentNullException.ThrowIfNull(Detectors);
        Anomalies.Validated();
        Health.Validated();
        if (DetectorReplayReadings is < 0 or > 4096)
        {
            throw new ArgumentOutOfRangeException(nameof(DetectorReplayReadings), DetectorReplayReadings, "detector replay readings must be 0..4096");
        }

        return this;
    }
}
