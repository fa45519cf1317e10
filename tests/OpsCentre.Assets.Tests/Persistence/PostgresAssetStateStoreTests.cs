using OpsCentre.Assets.Tests.Support;
using OpsCentre.Storage;
using OpsCentre.Storage.Assets;
using OpsCentre.Storage.Sql;
using OpsCentre.Tests.Postgres;

namespace OpsCentre.Assets.Tests.Persistence;

/// <summary>The store contract on a throwaway PostgreSQL server (the multi-node store): same SQL, other engine.</summary>
public sealed class PostgresAssetStateStoreTests(ThrowawayPostgres postgres) : IClassFixture<ThrowawayPostgres>
{
    [PostgresFact]
    public async Task A_new_claim_fences_off_the_previous_owner()
    {
        await using var database = await Database.OpenAsync(StoreLocation.Parse(await postgres.CreateDatabaseAsync()));
        await StoreScenarios.NewClaimFencesOffPreviousOwnerAsync(new SqlAssetStateStore(database, TimeProvider.System));
    }

    [PostgresFact]
    public async Task An_older_revision_never_replaces_a_newer_one()
    {
        await using var database = await Database.OpenAsync(StoreLocation.Parse(await postgres.CreateDatabaseAsync()));
        await StoreScenarios.OlderRevisionNeverReplacesNewerAsync(new SqlAssetStateStore(database, TimeProvider.System));
    }

    [PostgresFact]
    public async Task Snapshots_and_listings_round_trip_through_bytea()
    {
        await using var database = await Database.OpenAsync(StoreLocation.Parse(await postgres.CreateDatabaseAsync()));
        var store = new SqlAssetStateStore(database, TimeProvider.System);
        var epoch = await store.ClaimPartitionAsync(5, "node-a", CancellationToken.None);
        var written = StoredAssets.Monitor(partition: 5, readings: 4);

        await store.WriteAsync(5, epoch, [written], CancellationToken.None);

        Assert.Equal(written.Snapshot, Assert.Single(await store.LoadPartitionAsync(5, CancellationToken.None)).Snapshot);
        var listing = Assert.Single(await store.ListAsync(CancellationToken.None));
        Assert.Equal((5, 4L, written.LastSeen), (listing.Partition, listing.Observations, listing.LastSeen));
    }
}
