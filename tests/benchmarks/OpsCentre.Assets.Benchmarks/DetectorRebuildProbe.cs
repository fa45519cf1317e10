using System.Diagnostics;
using OpsCentre.Assets.Shards;

namespace OpsCentre.Assets.Benchmarks;

/// <summary>
/// What reactivating a restored asset costs when its signals keep their full replay history (256 readings): the
/// snapshot is decoded and each detector rebuilt by replaying its readings, on the asset's first new reading. The
/// restore itself (store to dormant snapshots) is measured by the scale probe.
/// </summary>
internal static class DetectorRebuildProbe
{
    private const int Partitions = 6;
    private const int Minutes = 260;

    public static async Task RunAsync(int assets)
    {
        var city = new SyntheticCity(assets, Partitions);
        await using var node = await ProbeNode.StartAsync(city);
        var (factory, _) = node.Hosting();
        var shards = await ProbeNode.TakeAllAsync(factory, Partitions);
        await Feeding.FeedAsync(shards, p => Enumerable.Range(0, Minutes).SelectMany(m => city.Minute(m, p)), TimeSpan.FromSeconds(1));
        foreach (var shard in shards)
        {
            await shard.DisposeAsync();
        }

        var (restoring, registry) = node.Hosting(new AssetStageOptions { RestoreFromChangelog = false });
        var clock = Stopwatch.StartNew();
        shards = await ProbeNode.TakeAllAsync(restoring, Partitions);
        var restored = clock.Elapsed;
        clock.Restart();
        await Feeding.FeedAsync(shards, p => city.Minute(Minutes, p), TimeSpan.MaxValue);
        var reactivated = clock.Elapsed;
        Console.WriteLine($"{assets:N0} assets with {Minutes} readings per signal: restored in {restored.TotalSeconds:N2} s ({assets / restored.TotalSeconds:N0} assets/s); " +
            $"reactivated with detectors rebuilt in {reactivated.TotalSeconds:N1} s ({registry.ActiveCount / reactivated.TotalSeconds:N0} assets/s, {reactivated.TotalMilliseconds / registry.ActiveCount:N2} ms each)");
        foreach (var shard in shards)
        {
            await shard.DisposeAsync();
        }
    }
}
