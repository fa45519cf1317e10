using OpsCentre.Storage.Sql;

namespace OpsCentre.Storage.Assets;

/// <summary>
/// The asset tables: each asset's latest snapshot beside the columns the asset list filters on, and each
/// partition's lease (the epoch that fences off a previous owner). Call <see cref="Register"/> before opening the
/// database.
/// </summary>
public static class AssetSchema
{
    public static void Register()
    {
        SchemaMigrations.Register(new Migration(300, "asset-state", Tables("BLOB"), PostgresSql: Tables("BYTEA")));
    }

    private static string Tables(string binaryType) => $"""
        CREATE TABLE IF NOT EXISTS asset_state (
            asset_id TEXT PRIMARY KEY,
            partition_no INTEGER NOT NULL,
            revision BIGINT NOT NULL,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            status TEXT NOT NULL,
            last_seen_ms BIGINT,
            lat DOUBLE PRECISION NOT NULL,
            lon DOUBLE PRECISION NOT NULL,
            observations BIGINT NOT NULL,
            snapshot {binaryType} NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_asset_state_partition ON asset_state (partition_no);
        CREATE TABLE IF NOT EXISTS asset_partition_lease (
            partition_no INTEGER PRIMARY KEY,
            epoch BIGINT NOT NULL,
            owner TEXT NOT NULL,
            claimed_at_ms BIGINT NOT NULL);
        """;
}
