using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace OpsCentre.Storage.Sql;

/// <summary>
/// One database, SQLite or PostgreSQL, behind plain ADO.NET. The SQL the stores write is dialect-neutral
/// (named @parameters, INSERT .. ON CONFLICT), so each store is written once. SQLite allows one writer at a time,
/// so writes are serialised here instead of failing with SQLITE_BUSY under load.
/// </summary>
public sealed class Database : IAsyncDisposable
{
    private readonly NpgsqlDataSource? _postgres;
    private readonly SemaphoreSlim _sqliteWriter = new(1, 1);

    private Database(StoreLocation location)
    {
        Location = location;
        if (location.Engine == StoreEngine.Postgres)
        {
            _postgres = NpgsqlDataSource.Create(location.ConnectionString);
        }
        else
        {
            var path = new SqliteConnectionStringBuilder(location.ConnectionString).DataSource;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        }
    }

    public StoreLocation Location { get; }

    public StoreEngine Engine => Location.Engine;

    /// <summary>Opens the database and brings its schema up to date.</summary>
    public static async Task<Database> OpenAsync(StoreLocation location, CancellationToken cancellationToken = default)
    {
        var database = new Database(location);
        await SchemaMigrations.ApplyAsync(database, cancellationToken).ConfigureAwait(false);
        return database;
    }

    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        if (_postgres is not null)
        {
            return await _postgres.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }

        var connection = new SqliteConnection(Location.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var pragma = connection.CreateCommand();
        // WAL lets readers (the console) run beside the writer; synchronous=FULL makes a committed transaction
        // survive power loss, which "durable before the offset is committed" requires.
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";
        await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    /// <summary>Runs <paramref name="work"/> in one transaction, committed when it returns.</summary>
    public async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        if (_postgres is null)
        {
            await _sqliteWriter.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var result = await work(connection, transaction).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
        finally
        {
            if (_postgres is null)
            {
                _sqliteWriter.Release();
            }
        }
    }

    public async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await work(connection).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync().ConfigureAwait(false);
        }
        else
        {
            SqliteConnection.ClearAllPools();
        }

        _sqliteWriter.Dispose();
    }
}
