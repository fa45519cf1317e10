using System.Data.Common;
using OpsCentre.Assets.Persistence;
using OpsCentre.Assets.State;
using OpsCentre.Contracts.Assets;
using OpsCentre.Storage.Sql;

namespace OpsCentre.Storage.Assets;

/// <summary>
/// Asset state in SQL (SQLite or PostgreSQL), keeping the contract of <see cref="IAssetStateStore"/>. A checkpoint
/// is one transaction: it first touches its partition's lease row (which fails if another node claimed the
/// partition since, and in PostgreSQL holds the row lock, so a claim waits for a write in progress), then upserts
/// every changed asset, replacing a row only with a higher revision.
/// </summary>
public sealed class SqlAssetStateStore(Database database, TimeProvider time) : IAssetStateStore
{
    private const string Claim = """
        INSERT INTO asset_partition_lease (partition_no, epoch, owner, claimed_at_ms) VALUES (@p, 1, @owner, @at)
        ON CONFLICT (partition_no) DO UPDATE SET
            epoch = asset_partition_lease.epoch + 1, owner = excluded.owner, claimed_at_ms = excluded.claimed_at_ms
        """;

    private const string CurrentEpoch = "SELECT epoch FROM asset_partition_lease WHERE partition_no = @p";

    private const string HoldLease = "UPDATE asset_partition_lease SET epoch = epoch WHERE partition_no = @p AND epoch = @epoch";

    private const string Upsert = """
        INSERT INTO asset_state (asset_id, partition_no, revision, kind, name, status, last_seen_ms, lat, lon, observations, snapshot)
        VALUES (@id, @p, @revision, @kind, @name, @status, @seen, @lat, @lon, @observations, @snapshot)
        ON CONFLICT (asset_id) DO UPDATE SET
            partition_no = excluded.partition_no, revision = excluded.revision, kind = excluded.kind, name = excluded.name,
            status = excluded.status, last_seen_ms = excluded.last_seen_ms, lat = excluded.lat, lon = excluded.lon,
            observations = excluded.observations, snapshot = excluded.snapshot
        WHERE excluded.revision > asset_state.revision
        """;

    public Task<long> ClaimPartitionAsync(int partition, string owner, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using (var claim = connection.Command(Claim, transaction)
                .With("@p", partition).With("@owner", owner).With("@at", time.GetUtcNow().ToUnixTimeMilliseconds()))
            {
                await claim.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using var read = connection.Command(CurrentEpoch, transaction).With("@p", partition);
            return Convert.ToInt64(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false));
        }, cancellationToken);

    public Task<IReadOnlyList<StoredAsset>> LoadPartitionAsync(int partition, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<StoredAsset>>(async connection =>
        {
            await using var command = connection.Command("SELECT asset_id, revision, snapshot FROM asset_state WHERE partition_no = @p").With("@p", partition);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var assets = new List<StoredAsset>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                assets.Add(new StoredAsset(reader.GetString(0), reader.GetInt64(1), (byte[])reader.GetValue(2)));
            }

            return assets;
        }, cancellationToken);

    public Task WriteAsync(int partition, long epoch, IReadOnlyCollection<AssetStateRecord> assets, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using (var lease = connection.Command(HoldLease, transaction).With("@p", partition).With("@epoch", epoch))
            {
                if (await lease.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
                {
                    await using var read = connection.Command(CurrentEpoch, transaction).With("@p", partition);
                    var current = await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
                    throw new PartitionFencedException(partition, epoch, current is null or DBNull ? 0 : Convert.ToInt64(current));
                }
            }

            await using var upsert = connection.Command(Upsert, transaction)
                .With("@id", null).With("@p", partition).With("@revision", null).With("@kind", null).With("@name", null)
                .With("@status", null).With("@seen", null).With("@lat", null).With("@lon", null).With("@observations", null)
                .With("@snapshot", null);
            foreach (var asset in assets)
            {
                upsert.Set("@id", asset.AssetId);
                upsert.Set("@revision", asset.Revision);
                upsert.Set("@kind", asset.Kind.ToString());
                upsert.Set("@name", asset.Name);
                upsert.Set("@status", asset.Status.ToString());
                upsert.Set("@seen", asset.LastSeen?.ToUnixTimeMilliseconds());
                upsert.Set("@lat", asset.Location.Lat);
                upsert.Set("@lon", asset.Location.Lon);
                upsert.Set("@observations", asset.Observations);
                upsert.Set("@snapshot", asset.Snapshot);
                await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return assets.Count;
        }, cancellationToken);

    public Task<StoredAsset?> ReadAsync(string assetId, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.Command("SELECT revision, snapshot FROM asset_state WHERE asset_id = @id").With("@id", assetId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                ? new StoredAsset(assetId, reader.GetInt64(0), (byte[])reader.GetValue(1))
                : null;
        }, cancellationToken);

    public Task<IReadOnlyList<AssetListing>> ListAsync(CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<AssetListing>>(async connection =>
        {
            await using var command = connection.Command(
                "SELECT asset_id, kind, name, lat, lon, status, last_seen_ms, observations, partition_no FROM asset_state ORDER BY asset_id");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var listings = new List<AssetListing>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                listings.Add(ListingOf(reader));
            }

            return listings;
        }, cancellationToken);

    private static AssetListing ListingOf(DbDataReader reader) => new(
        reader.GetString(0),
        Enum.Parse<AssetKind>(reader.GetString(1)),
        reader.GetString(2),
        new GeoPoint(reader.GetDouble(3), reader.GetDouble(4)),
        Enum.Parse<AssetStatus>(reader.GetString(5)),
        reader.IsDBNull(6) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)),
        reader.GetInt64(7),
        reader.GetInt32(8));
}
