using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Readings;
using OpsCentre.Ingest.Simulation;

namespace OpsCentre.Ingest.Tests.Simulation;

/// <summary>The Bristol catalogue as the simulator sees it, and helpers to read one asset's signal out of ticks.</summary>
internal static class SimulatorFixture
{
    /// <summary>Monday 3 March 2025, midnight UTC (= local time in Bristol in March).</summary>
    public static readonly DateTimeOffset Monday = new(2025, 3, 3, 0, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<IReadOnlyList<AssetDescriptor>> LazyAssets = new(() => BristolData.LoadCatalogue().Static);

    public static IReadOnlyList<AssetDescriptor> CityAssets => LazyAssets.Value;

    public static CityFeedSimulator Simulator(IncidentSchedule? incidents = null, ulong seed = 7, double variability = 1, TimeSpan? tick = null, DateTimeOffset? start = null) =>
        new(CityAssets, new CityFeedOptions(start ?? Monday, tick, seed, incidents ?? IncidentSchedule.None, Variability: variability));

    public static AssetDescriptor First(AssetKind kind) => CityAssets.First(a => a.Kind == kind);

    public static IEnumerable<TrafficReading> Traffic(this IEnumerable<SimulatedTick> ticks, string assetId) =>
        ticks.SelectMany(t => t.Events).OfType<TrafficReading>().Where(r => r.AssetId == assetId);

    public static IEnumerable<CameraEvent> Camera(this IEnumerable<SimulatedTick> ticks, string assetId) =>
        ticks.SelectMany(t => t.Events).OfType<CameraEvent>().Where(r => r.AssetId == assetId);

    public static IEnumerable<SensorReading> Sensor(this IEnumerable<SimulatedTick> ticks, string assetId, Quantity quantity) =>
        ticks.SelectMany(t => t.Events).OfType<SensorReading>().Where(r => r.AssetId == assetId && r.Quantity == quantity);
}
