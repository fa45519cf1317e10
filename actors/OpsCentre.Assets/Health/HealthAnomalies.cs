using System.Globalization;
using OpsCentre.Assets.Detection;
using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Operations;

namespace OpsCentre.Assets.Health;

/// <summary>The anomaly a silent asset raises; the correlator's sensor-fault rule turns it into a health incident.</summary>
public static class HealthAnomalies
{
    /// <summary>The signal name health anomalies carry.</summary>
    public const string Signal = "reporting";

    /// <summary>
    /// The asset went offline at <paramref name="offlineAt"/> (its last report plus the allowed silence). The id
    /// depends only on the asset and that moment, so a node that restores the asset and finds it silent again
    /// raises the same anomaly, not a second one.
    /// </summary>
    public static Anomaly Offline(AssetDescriptor asset, DateTimeOffset lastSeen, DateTimeOffset offlineAt, TimeSpan expectedInterval) => new(
        AnomalyIds.From(asset.AssetId, Signal, offlineAt),
        asset.AssetId,
        asset.Kind,
        Signal,
        AnomalyPattern.Offline,
        offlineAt,
        1.0,
        (offlineAt - lastSeen).TotalMinutes,
        expectedInterval.TotalMinutes,
        "asset-health",
        string.Create(CultureInfo.InvariantCulture,
            $"no report for {(offlineAt - lastSeen).TotalMinutes:0.#} min (it reports about every {expectedInterval.TotalMinutes:0.#} min); last seen {lastSeen:u}"),
        asset.Location);
}
