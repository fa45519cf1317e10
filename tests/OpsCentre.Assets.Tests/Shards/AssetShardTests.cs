using OpsCentre.Assets.Persistence;
using OpsCentre.Assets.Snapshots;
using OpsCentre.Assets.Tests.Support;
using OpsCentre.Contracts.Kafka;
using static OpsCentre.Assets.Tests.Support.PartitionDriving;

namespace OpsCentre.Assets.Tests.Shards;

/// <summary>A partition's assets through checkpoints, restores and replays, against the embedded cluster and SQLite.</summary>
public sealed class AssetShardTests : IAsyncLifetime
{
    private ShardHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ShardHarness.StartAsync();

    [Fact]
    public async Task A_checkpoint_writes_every_asset_that_changed_to_the_store()
    {
        var node = _harness.Node(await _harness.NewStoreAsync());
        await using var shard = await node.TakeAsync(0);
        await shard.FeedAsync(0, MonitorReadings(0, 5));
        await shard.FeedAsync(0, [(Readings.Traffic("link-A1", 0, 50), 0), (Readings.Traffic("link-A1", 1, 52), 1)]);

        await shard.CheckpointFullyAsync();

        var stored = (await node.Store.LoadPartitionAsync(0, CancellationToken.None))
            .ToDictionary(s => s.AssetId, s => AssetSnapshotCodec.ReadSummary(s.Snapshot).Observations);
        Assert.Equal(new Dictionary<string, long> { ["aq-1"] = 5, ["link-A1"] = 2 }, stored);
    }

    [Fact]
    public async Task Records_replayed_after_a_crash_are_applied_only_where_they_were_not_yet()
    {
        var node = _harness.Node(await _harness.NewStoreAsync());
        var first = await node.TakeAsync(0);
        await first.FeedAsync(0, MonitorReadings(0, 10));
        await first.CheckpointFullyAsync();
        await first.FeedAsync(0, MonitorReadings(10, 5));
        await first.DisposeAsync();

        // Kafka replays from the last committed offset, which may lie before the checkpoint the store holds.
        await using var second = await node.TakeAsync(0);
        await second.FeedAsync(0, MonitorReadings(0, 15));

        var state = await node.Registry.DescribeAsync("aq-1", CancellationToken.None);
        Assert.Equal(15, state!.Summary.Observations);
        Assert.Equal([(CityTopics.Sensors, 14L)], state.Positions);
    }

    [Fact]
    public async Task A_node_that_claims_a_partition_fences_off_the_checkpoints_of_its_previous_owner()
    {
        var store = await _harness.NewStoreAsync();
        await using var stale = await _harness.Node(store, name: "node-a").TakeAsync(1);
        await using var current = await _harness.Node(store, name: "node-b").TakeAsync(1);
        await stale.FeedAsync(1, MonitorReadings(0, 3));

        await Assert.ThrowsAsync<PartitionFencedException>(() => stale.CheckpointAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Anomalies_not_yet_confirmed_when_a_node_crashes_are_published_again_by_the_next_owner()
    {
        var node = _harness.Node(await _harness.NewStoreAsync());
        var crashed = await node.TakeAsync(0);
        await crashed.FeedAsync(0, MonitorReadings(0, 3, minute => minute == 2 ? 500 : 40));
        // The capture happens before the delivery it covers is confirmed, so the stored snapshot holds the anomaly.
        await crashed.CheckpointAsync(CancellationToken.None);
        await crashed.DisposeAsync();

        await using var next = await node.TakeAsync(0);
        await next.CheckpointFullyAsync();

        var published = TopicReader.Read(_harness.Kafka, CityTopics.Anomalies, atLeast: 2, TimeSpan.FromSeconds(20));
        Assert.Equal(2, published.Count);
        Assert.Single(published.Select(m => m.Message.Value).Select(Convert.ToBase64String).Distinct());
    }

    [Fact]
    public async Task Once_confirmed_an_anomaly_is_not_published_again_on_restore()
    {
        var node = _harness.Node(await _harness.NewStoreAsync());
        var first = await node.TakeAsync(0);
        await first.FeedAsync(0, MonitorReadings(0, 3, minute => minute == 2 ? 500 : 40));
        await first.CheckpointFullyAsync();
        await first.FeedAsync(0, MonitorReadings(3, 1));
        await first.CheckpointFullyAsync();
        await first.DisposeAsync();

        await using var next = await node.TakeAsync(0);
        await next.CheckpointFullyAsync();

        Assert.Single(TopicReader.Read(_harness.Kafka, CityTopics.Anomalies, atLeast: 2, TimeSpan.FromSeconds(5)));
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();
}
