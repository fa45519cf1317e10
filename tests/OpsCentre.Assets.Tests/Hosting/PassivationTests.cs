using OpsCentre.Assets.Shards;
using OpsCentre.Assets.Tests.Support;
using static OpsCentre.Assets.Tests.Support.PartitionDriving;

namespace OpsCentre.Assets.Tests.Hosting;

/// <summary>Idle assets are passivated to their snapshot and come back, state intact, on their next reading.</summary>
public sealed class PassivationTests : IAsyncLifetime
{
    private static readonly AssetStageOptions Options = new() { IdleTimeout = TimeSpan.FromMinutes(2), PassivationScanInterval = TimeSpan.FromSeconds(30) };
    private ShardHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ShardHarness.StartAsync();

    [Fact]
    public async Task An_idle_asset_is_passivated_and_its_next_reading_finds_its_state()
    {
        var node = _harness.Node(await _harness.NewStoreAsync(), options: Options);
        await using var shard = await node.TakeAsync(0);
        await shard.FeedAsync(0, MonitorReadings(0, 6));
        await shard.CheckpointFullyAsync();
        Assert.Equal(1, node.Registry.ActiveCount);

        _harness.Clock.Advance(TimeSpan.FromMinutes(3));
        Assert.True(await EventuallyAsync(() => node.Registry.ActiveCount == 0), "the idle asset was not passivated");
        Assert.Equal(1, node.Registry.Count);

        await shard.FeedAsync(0, MonitorReadings(6, 1));
        var state = await node.Registry.DescribeAsync("aq-1", CancellationToken.None);

        Assert.Equal(7, state!.Summary.Observations);
        Assert.Equal(1, node.Registry.ActiveCount);
    }

    [Fact]
    public async Task A_change_not_yet_checkpointed_survives_passivation_into_the_next_checkpoint()
    {
        var node = _harness.Node(await _harness.NewStoreAsync(), options: Options);
        await using var shard = await node.TakeAsync(0);
        await shard.FeedAsync(0, MonitorReadings(0, 4));
        // Asking through the shard waits for the readings to be applied, without checkpointing them.
        Assert.Equal(4, (await node.Registry.DescribeAsync("aq-1", CancellationToken.None))!.Summary.Observations);

        _harness.Clock.Advance(TimeSpan.FromMinutes(3));
        Assert.True(await EventuallyAsync(() => node.Registry.ActiveCount == 0), "the idle asset was not passivated");
        await shard.CheckpointFullyAsync();

        var stored = await node.Store.ReadAsync("aq-1", CancellationToken.None);
        Assert.Equal(4, stored!.Revision);
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();
}
