using System.Data.Common;

namespace OpsCentre.Storage.Sql;

/// <summary>
/// Ordered, append-only schema changes; each runs once, recorded in schema_version. A migration is one SQL text
/// for both engines unless it needs engine-specific syntax (identity columns). Other parts of the system register
/// their own migrations with <see cref="Register"/> before the database is opened.
/// </summary>
public static class SchemaMigrations
{
    private static readonly List<Migration> Registered =
    [
        new(1, "incidents", """
            CREATE TABLE IF NOT EXISTS incidents (
                incident_id TEXT PRIMARY KEY,
                version BIGINT NOT NULL,
                state TEXT NOT NULL,
                priority INTEGER NOT NULL,
                kind TEXT NOT NULL,
                opened_at_ms BIGINT NOT NULL,
                updated_at_ms BIGINT NOT NULL,
                lat DOUBLE PRECISION NOT NULL,
                lon DOUBLE PRECISION NOT NULL,
                body TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS ix_incidents_opened ON incidents (opened_at_ms);
            CREATE INDEX IF NOT EXISTS ix_incidents_state ON incidents (state, priority);
            """),
    ];

    private static readonly Lock Gate = new();

    public static void Register(Migration migration)
    {
        lock (Gate)
        {
            if (Registered.Any(m => m.Version == migration.Version))
            {
                if (Registered.Single(m => m.Version == migration.Version).Name != migration.Name)
                {
                    throw new InvalidOperationException($"schema migration {migration.Version} is registered twice with different names");
                }

                return;
            }

            Registered.Add(migration);
        }
    }

    internal static async Task ApplyAsync(Database database, CancellationToken cancellationToken)
    {
        StorageSchemas.RegisterAll();
        List<Migration> pending;
        lock (Gate)
        {
            pending = [.. Registered.OrderBy(m => m.Version)];
        }

        await database.WriteAsync(async (connection, transaction) =>
        {
            await using (var create = connection.Command(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL)", transaction))
            {
                await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            if (database.Engine == StoreEngine.Postgres)
            {
                // Several nodes may start together; one applies the migrations, the others wait for it.
                await using var gate = connection.Command("LOCK TABLE schema_version IN EXCLUSIVE MODE", transaction);
                await gate.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            var applied = new HashSet<int>();
            await using (var read = connection.Command("SELECT version FROM schema_version", transaction))
            await using (var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    applied.Add(reader.GetInt32(0));
                }
            }

            foreach (var migration in pending.Where(m => !applied.Contains(m.Version)))
            {
                await using (var apply = connection.Command(migration.SqlFor(database.Engine), transaction))
                {
                    await apply.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await using var record = connection.Command("INSERT INTO schema_version (version, name) VALUES (@v, @n)", transaction)
                    .With("@v", migration.Version).With("@n", migration.Name);
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return 0;
        }, cancellationToken).ConfigureAwait(false);
    }
}
