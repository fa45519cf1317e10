using System.Text.Json;
using OpsCentre.Assets.State;
using OpsCentre.Assets.Tests.Support;
using OpsCentre.Contracts;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Contracts.Operations;
using static OpsCentre.Assets.Tests.Support.PartitionDriving;

namespace OpsCentre.Assets.Tests.Health;

/// <summary>An asset silent for several expected intervals goes offline and raises a health anomaly, active or not.</summary>
public sealed class AssetHealthSweepTests : IAsyncLifetime
{
    private ShardHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ShardHarness.StartAsync();

    [Fact]
    public async Task A_silent_active_asset_goes_offline_and_raises_an_offline_anomaly()
    {
        var node = _harness.Node(await _harness.NewStoreAsync());
        await using var shard = await node.TakeAsync(0);
        await shard.FeedAsync(0, MonitorReadings(0, 10));
        await shard.CheckpointFullyAsync();

        _harness.Clock.Advance(TimeSpan.FromMinutes(6));
        await shard.CheckpointFullyAsync();

        var state = await node.Registry.DescribeAsync("aq-1", CancellationToken.None);
        Assert.Equal(AssetStatus.Offline, state!.Summary.Status);
        var offline = Assert.Single(OfflineAnomalies());
        Assert.Equal(("aq-1", Readings.Start.AddMinutes(9 + 5)), (offline.AssetId, offline.ObservedAt));
    }

    [Fact]
    public async Task A_restored_asset_that_never_reports_again_still_goes_offline()
    {
        var node = _harness.Node(await _harness.NewStoreAsync());
        var before = await node.TakeAsync(0);
        await before.FeedAsync(0, MonitorReadings(0, 10));
        await before.CheckpointFullyAsync();
        await before.DisposeAsync();

        await using var after = await node.TakeAsync(0);
        _harness.Clock.Advance(TimeSpan.FromMinutes(6));
        await after.CheckpointFullyAsync();

        Assert.Single(OfflineAnomalies());
        var stored = await node.Store.ListAsync(CancellationToken.None);
        Assert.Equal(AssetStatus.Offline, Assert.Single(stored).Status);
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private List<Anomaly> OfflineAnomalies() =>
        [.. TopicReader.Read(_harness.Kafka, CityTopics.Anomalies, atLeast: 1, TimeSpan.FromSeconds(15))
            .Select(m => JsonSerializer.Deserialize(m.Message.Value, ContractJson.Default.Anomaly)!)
            .Where(a => a.Pattern == AnomalyPattern.Offline)];
}
