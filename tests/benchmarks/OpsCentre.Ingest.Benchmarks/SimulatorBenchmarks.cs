using BenchmarkDotNet.Attributes;
using OpsCentre.Contracts.Assets;
using OpsCentre.Ingest.Simulation;

namespace OpsCentre.Ingest.Benchmarks;

/// <summary>
/// Feed generation throughput on one thread. Goal: at least 100 000 events/s. One tick of the Bristol catalogue is
/// 736 events, so the goal is at most 7.4 ms per tick; the reported time is per event (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
public class SimulatorBenchmarks
{
    private const int EventsPerTick = 736;

    private IReadOnlyList<AssetDescriptor> _assets = [];
    private CityFeedSimulator _simulator = null!;

    [GlobalSetup]
    public void Setup()
    {
        _assets = IngestInputs.Catalogue().Static;
        _simulator = new CityFeedSimulator(_assets, new CityFeedOptions(IngestInputs.RushHour, Seed: 5, Incidents: IncidentSchedule.Random(200)));
        if (_simulator.EventsPerTick != EventsPerTick)
        {
            throw new InvalidOperationException($"expected {EventsPerTick} events per tick, got {_simulator.EventsPerTick}");
        }
    }

    [Benchmark(OperationsPerInvoke = EventsPerTick)]
    public int NextTick() => _simulator.NextTick().Events.Count;
}
