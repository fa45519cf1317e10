using OpsCentre.Assets.Persistence;
using OpsCentre.Assets.Tests.Support;
using static OpsCentre.Assets.Tests.Support.PartitionDriving;

namespace OpsCentre.Assets.Tests.Persistence;

/// <summary>A node with its own store takes over a partition: the changelog carries the assets' state across.</summary>
public sealed class ChangelogRestoreTests : IAsyncLifetime
{
    private ShardHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ShardHarness.StartAsync();

    [Fact]
    public async Task A_node_whose_store_knows_nothing_restores_the_partition_from_the_changelog()
    {
        var first = _harness.Node(await _harness.NewStoreAsync(), name: "node-a");
        var shard = await first.TakeAsync(1);
        await shard.FeedAsync(1, MonitorReadings(0, 8));
        await shard.CheckpointFullyAsync();
        await shard.DisposeAsync();

        var second = _harness.Node(await _harness.NewStoreAsync(), name: "node-b");
        await using var taken = await second.TakeAsync(1);
        await taken.FeedAsync(1, MonitorReadings(0, 10));
        await taken.CheckpointFullyAsync();

        var state = await second.Registry.DescribeAsync("aq-1", CancellationToken.None);
        Assert.Equal(10, state!.Summary.Observations);
        // The first checkpoint also brought the new owner's own store up to date.
        Assert.Equal(10, (await second.Store.ReadAsync("aq-1", CancellationToken.None))!.Revision);
    }

    [Fact]
    public void Of_the_store_and_the_changelog_the_newer_snapshot_wins()
    {
        var older = StoredAssets.Monitor(partition: 2, readings: 3);
        var newer = StoredAssets.Monitor(partition: 2, readings: 5);

        var fromChangelog = PartitionRestore.Merge(2, [Stored(older)], [Stored(newer)]);
        var fromStore = PartitionRestore.Merge(2, [Stored(newer)], [Stored(older)]);

        Assert.Equal((5L, false), (Assert.Single(fromChangelog.Assets).Summary.Revision, fromChangelog.Assets[0].Durable));
        Assert.Equal((5L, true), (Assert.Single(fromStore.Assets).Summary.Revision, fromStore.Assets[0].Durable));
    }

    [Fact]
    public void A_snapshot_of_another_partition_or_an_unreadable_one_is_left_out()
    {
        var elsewhere = StoredAssets.Monitor(partition: 3, readings: 3);

        var restore = PartitionRestore.Merge(2, [Stored(elsewhere)], [new StoredAsset("aq-1", 9, [1, 2, 3])]);

        Assert.Empty(restore.Assets);
        Assert.Equal(2, restore.Unreadable);
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private static StoredAsset Stored(AssetStateRecord record) => new(record.AssetId, record.Revision, record.Snapshot);
}
