using OpsCentre.Assets.Health;
using OpsCentre.Assets.Queries;
using OpsCentre.Assets.Shards;
using OpsCentre.Assets.State;
using OpsCentre.Assets.Tests.Support;
using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Operations;
using OpsCentre.Storage.Assets;
using OpsCentre.Storage.Incidents;
using OpsCentre.Storage.Sql;
using static OpsCentre.Assets.Tests.Support.PartitionDriving;

namespace OpsCentre.Assets.Tests.Queries;

/// <summary>The console's asset list and detail: catalogue, live state, stored state and open incidents together.</summary>
public sealed class AssetQueriesTests : IAsyncLifetime
{
    private ShardHarness _harness = null!;
    private Database _database = null!;

    public async Task InitializeAsync()
    {
        _harness = await ShardHarness.StartAsync();
        _database = await _harness.NewDatabaseAsync();
    }

    [Fact]
    public async Task The_list_shows_every_catalogued_asset_with_its_live_state_where_it_has_one()
    {
        var (queries, shard) = await HostedMonitorAsync(readings: 5);
        await using (shard)
        {
            var list = await queries.ListAsync(new AssetFilter(), CancellationToken.None);

            Assert.Equal(["aq-1", "cam-1", "light-1", "link-A1"], list.Select(l => l.AssetId));
            Assert.Equal((AssetStatus.Online, 5L), (list[0].Status, list[0].Observations));
            Assert.All(list.Skip(1), never => Assert.Null(never.Status));
        }
    }

    [Fact]
    public async Task The_list_filters_by_kind_status_and_area()
    {
        var (queries, shard) = await HostedMonitorAsync(readings: 5);
        await using (shard)
        {
            var monitors = await queries.ListAsync(new AssetFilter(Kind: AssetKind.AirQualityMonitor), CancellationToken.None);
            var online = await queries.ListAsync(new AssetFilter(Status: AssetStatus.Online), CancellationToken.None);
            var aroundCabotCircus = await queries.ListAsync(new AssetFilter(Area: (51.458, -2.585, 51.460, -2.583)), CancellationToken.None);

            Assert.Equal(["aq-1"], monitors.Select(l => l.AssetId));
            Assert.Equal(["aq-1"], online.Select(l => l.AssetId));
            Assert.Equal(["cam-1"], aroundCabotCircus.Select(l => l.AssetId));
        }
    }

    [Fact]
    public async Task The_detail_shows_recent_readings_health_and_the_open_incidents_naming_the_asset()
    {
        var (queries, shard) = await HostedMonitorAsync(readings: 60);
        await using (shard)
        {
            var incidents = new SqlIncidentStore(_database);
            await incidents.UpsertAsync([Incident("INC-OPEN", IncidentState.New), Incident("INC-DONE", IncidentState.Resolved)], CancellationToken.None);

            var detail = await queries.DescribeAsync("aq-1", CancellationToken.None);

            Assert.Equal(("live", 60L), (detail!.Source, detail.Observations));
            var no2 = Assert.Single(detail.Signals);
            Assert.Equal(48, no2.Recent.Count);
            Assert.Equal(Readings.Start.AddMinutes(59), no2.Recent[^1].At);
            Assert.Equal(new AssetHealthView(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), Readings.Start.AddMinutes(64)), detail.Health);
            Assert.Equal(["INC-OPEN"], detail.OpenIncidents.Select(i => i.IncidentId));
        }
    }

    [Fact]
    public async Task An_asset_no_node_here_hosts_is_described_from_the_store()
    {
        var (_, shard) = await HostedMonitorAsync(readings: 3);
        await shard.CheckpointFullyAsync();
        await shard.DisposeAsync();
        var elsewhere = Queries(new AssetRegistry());

        var detail = await elsewhere.DescribeAsync("aq-1", CancellationToken.None);

        Assert.Equal(("stored", 3L), (detail!.Source, detail.Observations));
    }

    [Fact]
    public async Task A_catalogued_asset_that_never_reported_has_a_detail_without_state_and_an_unknown_one_has_none()
    {
        var queries = Queries(new AssetRegistry());

        var camera = await queries.DescribeAsync("cam-1", CancellationToken.None);

        Assert.Equal(("none", (AssetStatus?)null), (camera!.Source, camera.Status));
        Assert.Null(await queries.DescribeAsync("cam-404", CancellationToken.None));
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private async Task<(AssetQueries Queries, Kafka.Consuming.IPartitionProcessor Shard)> HostedMonitorAsync(int readings)
    {
        var node = _harness.Node(new SqlAssetStateStore(_database, _harness.Clock));
        var shard = await node.TakeAsync(0);
        await shard.FeedAsync(0, MonitorReadings(0, readings));
        return (Queries(node.Registry), shard);
    }

    private AssetQueries Queries(AssetRegistry registry) =>
        new(_harness.Catalogue, registry, new SqlAssetStateStore(_database, _harness.Clock), new SqlIncidentStore(_database), new AssetHealthOptions(), recentReadings: 48);

    private static Incident Incident(string id, IncidentState state) => new(
        id, "pollution-episode", "NO2 high at Temple Way", 3, state, Readings.Start, Readings.Start, TestAssets.Monitor.Location,
        ["aq-1"], [], "NO2 well above its usual level", Version: 1);
}
