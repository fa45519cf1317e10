using System.Diagnostics;
using OpsCentre.Assets.Shards;
using OpsCentre.Detection.Ensemble;

namespace OpsCentre.Assets.Benchmarks;

/// <summary>
/// 100,000 assets on one node, every signal with the real ensemble detector, state persisted: the retained memory
/// per active asset (detectors included), the checkpoint that writes all of them, the restore after a restart
/// (assets/s), the memory per restored (dormant) asset, and reactivating them all on their next reading.
/// </summary>
internal static class ScaleProbe
{
    private const int Partitions = 6;

    public static async Task RunAsync(int assets)
    {
        Console.WriteLine($".NET {Environment.Version}, {Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}; {assets:N0} assets on {Partitions} partitions");
        var city = new SyntheticCity(assets, Partitions);
        await using var node = await ProbeNode.StartAsync(city);
        var streams = EnsembleFootprint();

        var (factory, registry) = node.Hosting();
        var shards = await ProbeNode.TakeAllAsync(factory, Partitions);
        var before = Heap.LiveBytes();
        var clock = Stopwatch.StartNew();
        for (var minute = 0; minute < 3; minute++)
        {
            await Feeding.FeedAsync(shards, p => city.Minute(minute, p), checkpointEvery: TimeSpan.MaxValue);
        }

        var fed = clock.Elapsed;
        var active = Heap.LiveBytes() - before;
        Report("active assets (3 readings each, detectors built)", registry.ActiveCount, active, fed);
        Console.WriteLine($"  of which the ensemble detectors: {streams.BytesEach * streams.PerAsset:N0} bytes ({streams.PerAsset:N2} signals x {streams.BytesEach:N0})");
        Console.WriteLine($"  the rest (entity, readings kept, actor slot, dictionaries): {(active / (double)assets) - (streams.BytesEach * streams.PerAsset):N0} bytes");

        foreach (var shard in shards)
        {
            await shard.DisposeAsync();
        }

        var (restoring, restoredRegistry) = node.Hosting(new AssetStageOptions { RestoreFromChangelog = false });
        before = Heap.LiveBytes();
        clock.Restart();
        shards = await ProbeNode.TakeAllAsync(restoring, Partitions);
        var restored = clock.Elapsed;
        var dormant = Heap.LiveBytes() - before;
        Report("restored assets from the store (dormant: kept as snapshots)", restoredRegistry.Count, dormant, restored);

        clock.Restart();
        await Feeding.FeedAsync(shards, p => city.Minute(3, p), checkpointEvery: TimeSpan.MaxValue);
        Report("reactivated by their next reading (snapshot decoded, detectors rebuilt from 3 readings)", restoredRegistry.ActiveCount, Heap.LiveBytes() - before, clock.Elapsed);
        foreach (var shard in shards)
        {
            await shard.DisposeAsync();
        }
    }

    private static void Report(string what, int count, long bytes, TimeSpan took) =>
        Console.WriteLine($"{count:N0} {what}: {bytes / (double)Math.Max(1, count):N0} bytes each ({bytes / 1048576.0:N0} MiB), in {took.TotalSeconds:N1} s ({count / took.TotalSeconds:N0} assets/s)");

    /// <summary>Retained bytes of one ensemble detector, and the signals per asset of the synthetic mix.</summary>
    private static (double BytesEach, double PerAsset) EnsembleFootprint()
    {
        const int count = 2_000;
        var before = Heap.LiveBytes();
        var detectors = new EnsembleDetector[count];
        for (var i = 0; i < count; i++)
        {
            detectors[i] = new EnsembleDetector(CityEnsemble.Options);
            for (var k = 0; k < 3; k++)
            {
                detectors[i].Observe(SyntheticCity.Start.UtcDateTime.AddMinutes(k), 40 + k);
            }
        }

        var each = (Heap.LiveBytes() - before) / (double)count;
        GC.KeepAlive(detectors);
        // 35 % links x 2 + 15 % cameras + 10 % monitors x 2 + 10 % noise + 30 % lights.
        return (each, (0.35 * 2) + 0.15 + (0.10 * 2) + 0.10 + 0.30);
    }
}
