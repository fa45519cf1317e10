using OpsCentre.Assets.Persistence;
using OpsCentre.Assets.State;
using OpsCentre.Assets.Tests.Support;
using OpsCentre.Contracts.Assets;
using OpsCentre.Storage;
using OpsCentre.Storage.Assets;
using OpsCentre.Storage.Sql;

namespace OpsCentre.Assets.Tests.Persistence;

/// <summary>The store contract (<see cref="IAssetStateStore"/>) on a SQLite file.</summary>
public sealed class SqliteAssetStateStoreTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "opscentre-assets-" + Guid.NewGuid().ToString("N")[..8]);
    private Database _database = null!;
    private SqlAssetStateStore _store = null!;

    public async Task InitializeAsync()
    {
        _database = await Database.OpenAsync(StoreLocation.Parse(Path.Combine(_folder, "assets.db")));
        _store = new SqlAssetStateStore(_database, TimeProvider.System);
    }

    [Fact]
    public Task A_new_claim_fences_off_the_previous_owner() => StoreScenarios.NewClaimFencesOffPreviousOwnerAsync(_store);

    [Fact]
    public Task An_older_revision_never_replaces_a_newer_one() => StoreScenarios.OlderRevisionNeverReplacesNewerAsync(_store);

    [Fact]
    public async Task A_partition_loads_only_its_own_assets()
    {
        var epoch = await _store.ClaimPartitionAsync(1, "node-a", CancellationToken.None);
        await _store.WriteAsync(1, epoch, [StoredAssets.Monitor(partition: 1, readings: 3)], CancellationToken.None);

        Assert.Single(await _store.LoadPartitionAsync(1, CancellationToken.None));
        Assert.Empty(await _store.LoadPartitionAsync(2, CancellationToken.None));
    }

    [Fact]
    public async Task The_listing_carries_what_the_asset_list_filters_on()
    {
        var epoch = await _store.ClaimPartitionAsync(1, "node-a", CancellationToken.None);
        await _store.WriteAsync(1, epoch, [StoredAssets.Monitor(partition: 1, readings: 3)], CancellationToken.None);

        var listing = Assert.Single(await _store.ListAsync(CancellationToken.None));

        Assert.Equal(
            new AssetListing("aq-1", AssetKind.AirQualityMonitor, TestAssets.Monitor.Name, TestAssets.Monitor.Location, AssetStatus.Online, Readings.Start.AddMinutes(2), 3, 1),
            listing);
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
