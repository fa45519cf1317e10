using BenchmarkDotNet.Attributes;
using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Correlation;

namespace OpsCentre.Incidents.Benchmarks;

/// <summary>
/// How fast one area's correlator takes anomalies: a city-wide mix (speed dips, stopped vehicles, NO2 spikes,
/// flatlines) over 200 assets spread across ~5 km, arriving a few seconds apart, through the shipped rules. Target: far
/// above the anomaly rate a city produces (hundreds per minute), i.e. well over 10,000 anomalies/s per core.
/// </summary>
[MemoryDiagnoser]
public class CorrelationBenchmarks
{
    private const int Anomalies = 10_000;

    private readonly CorrelationRuleSet _rules = CorrelationRulesFile.LoadDefault();
    private Anomaly[] _stream = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var start = new DateTimeOffset(2026, 11, 3, 8, 0, 0, TimeSpan.Zero);
        _stream = [.. Enumerable.Range(0, Anomalies).Select(i =>
        {
            var asset = random.Next(200);
            var at = new GeoPoint(51.43 + asset % 20 * 0.0025, -2.62 + asset / 20 * 0.004);
            var (kind, signal, pattern) = (i % 4) switch
            {
                0 => (AssetKind.RoadLink, "speedKph", AnomalyPattern.Dip),
                1 => (AssetKind.Camera, "event:StoppedVehicle", AnomalyPattern.CameraEvent),
                2 => (AssetKind.AirQualityMonitor, "no2", AnomalyPattern.Spike),
                _ => (AssetKind.AirQualityMonitor, "pm25", AnomalyPattern.Flatline),
            };
            var observedAt = start.AddSeconds(i * 3);
            return new Anomaly($"a-{i}", $"asset-{asset}", kind, signal, pattern, observedAt, 0.9, 1, 2, "bench", "bench", at);
        })];
    }

    [Benchmark(OperationsPerInvoke = Anomalies)]
    public int CorrelateCityMix()
    {
        var raiser = new RuleBasedRaiser(_rules, RoadLinkGraph.Empty);
        var changed = 0;
        foreach (var anomaly in _stream)
        {
            changed += raiser.OnAnomaly(anomaly).Count;
        }

        return changed;
    }
}
