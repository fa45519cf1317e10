using BenchmarkDotNet.Attributes;
using OpsCentre.Congestion.Analysis;
using OpsCentre.Congestion.Measures;
using OpsCentre.Congestion.Observations;
using OpsCentre.Congestion.Profiles;
using OpsCentre.Congestion.Streaming;

namespace OpsCentre.Congestion.Benchmarks;

/// <summary>
/// One month (30 days) of 5-minute readings for 1,000 links: 8.64 million readings. Measures the batch indices, the
/// hour-of-week heatmaps, the whole analysis (with bottleneck detection on 900 junctions) and the streaming
/// accumulators fed every reading.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class MonthOfCityBenchmarks
{
    private const int Links = 1000;
    private const int Days = 30;
    private static readonly DateOnly FirstDay = new(2024, 9, 1);

    private NetworkHistory _city = null!;
    private Dictionary<string, FreeFlow> _freeFlows = null!;
    private readonly FreeFlowOptions _freeFlowOptions = new();
    private readonly CongestionThreshold _threshold = new();

    [GlobalSetup]
    public void Setup()
    {
        _city = SyntheticCity.Build(Links, FirstDay, Days);
        _freeFlows = _city.Links.ToDictionary(l => l.Key, l => FreeFlowEstimator.Estimate(l.Value, _freeFlowOptions)!);
    }

    [Benchmark(Description = "free flow + indices, 1000 links")]
    public double Indices()
    {
        var sum = 0.0;
        foreach (var link in _city.Links.Values)
        {
            var freeFlow = FreeFlowEstimator.Estimate(link, _freeFlowOptions)!;
            sum += LinkIndicesCalculator.Calculate(link, freeFlow, _threshold)!.TravelTimeIndex;
        }

        return sum;
    }

    [Benchmark(Description = "hour-of-week TTI heatmaps, 1000 links + network")]
    public int HourOfWeekHeatmaps()
    {
        var network = new HourOfWeekProfile.Builder();
        var bins = 0;
        foreach (var (id, link) in _city.Links)
        {
            var freeFlow = _freeFlows[id].TravelTimeSeconds;
            var profile = new HourOfWeekProfile.Builder();
            foreach (var observation in link.Span)
            {
                var tti = observation.TravelTimeSeconds / freeFlow;
                profile.Add(observation.Timestamp, tti);
                network.Add(observation.Timestamp, tti);
            }

            bins += profile.Build().Bins.Count;
        }

        return bins + network.Build().Bins.Count;
    }

    [Benchmark(Description = "full analysis incl. bottlenecks")]
    public int FullAnalysis() =>
        CongestionAnalysis.Run(_city, new DateRange(FirstDay, FirstDay.AddDays(Days - 1))).Bottlenecks.Episodes.Count;

    [Benchmark(Description = "streaming: 1000 accumulators, every reading")]
    public double StreamingAccumulators()
    {
        var sum = 0.0;
        var clock = TimeProvider.System;
        foreach (var (id, link) in _city.Links)
        {
            var accumulator = new LinkCongestionAccumulator(id, link.LengthMeters, clock: clock);
            foreach (var observation in link.Span)
            {
                accumulator.Add(observation);
            }

            sum += accumulator.Snapshot().RollingTravelTimeIndex ?? 0;
        }

        return sum;
    }
}
