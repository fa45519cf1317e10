using OpsCentre.Assets.Detection;
using OpsCentre.Assets.Health;
using OpsCentre.Assets.State;

namespace OpsCentre.Assets.Tests.Support;

internal static class Models
{
    /// <summary>Threshold detectors at 100, no cooldown (so each run of anomalous points is one anomaly).</summary>
    public static AssetModel Threshold(SignalDetectorFactory? detectors = null, int replayReadings = 64) =>
        new AssetModel(detectors ?? Detectors.Threshold(100), new AnomalyOptions { Cooldown = TimeSpan.Zero }, new AssetHealthOptions(), replayReadings).Validated();
}
