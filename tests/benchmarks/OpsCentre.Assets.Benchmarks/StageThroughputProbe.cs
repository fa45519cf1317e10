using System.Diagnostics;
using Confluent.Kafka;
using OpsCentre.Assets.Detection;
using OpsCentre.Detection;
using OpsCentre.Detection.Ensemble;

namespace OpsCentre.Assets.Benchmarks;

/// <summary>
/// The city stage's asset side alone, with persistence on: records already fetched (so Kafka's consumer is not
/// measured) go through decode, the entity host, the detectors and anomaly publishing, and every 200 ms each
/// partition checkpoints (changed assets to SQLite in one transaction, then to the changelog, offsets durable once
/// acknowledged), as the consumer's partition tasks do. Run with the ensemble, then with a detector that does
/// nothing, to separate the detectors' cost from the hosting's.
/// </summary>
internal static class StageThroughputProbe
{
    private const int Partitions = 6;

    public static async Task RunAsync(int assets, int minutes)
    {
        Console.WriteLine($".NET {Environment.Version}, {Environment.ProcessorCount} cores; {assets:N0} assets, {minutes} one-minute rounds, {Partitions} partitions, checkpoint every 200 ms");
        var city = new SyntheticCity(assets, Partitions);
        var records = Enumerable.Range(0, Partitions)
            .Select(p => (IReadOnlyList<ConsumeResult<string, byte[]>>)[.. Enumerable.Range(0, minutes).SelectMany(m => city.Minute(m, p))])
            .ToArray();
        await MeasureAsync("city ensemble on every signal", city, records, (_, _) => new EnsembleDetector(CityEnsemble.Options));
        await MeasureAsync("no detection (hosting, decode and persistence only)", city, records, (_, _) => new SilentDetector());
    }

    private static async Task MeasureAsync(string what, SyntheticCity city, IReadOnlyList<ConsumeResult<string, byte[]>>[] records, SignalDetectorFactory detectors)
    {
        await using var node = await ProbeNode.StartAsync(city);
        var (factory, _) = node.Hosting(detectors: detectors);
        var shards = await ProbeNode.TakeAllAsync(factory, Partitions);
        var events = records.Sum(r => r.Count);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Feeding.FeedAsync(shards, p => records[p], TimeSpan.FromMilliseconds(200));
        clock.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"{what}: {events:N0} events in {clock.Elapsed.TotalSeconds:N1} s = {events / clock.Elapsed.TotalSeconds:N0} events/s; CPU {cpu.TotalSeconds:N1} s ({cpu.TotalMicroseconds / events:N1} µs per event)");
        foreach (var shard in shards)
        {
            await shard.DisposeAsync();
        }
    }

    private sealed class SilentDetector : IStreamDetector
    {
        public DetectionResult Observe(DateTime timestamp, double value) => DetectionResult.Quiet;
    }
}
