namespace OpsCentre.Storage;

/// <summary>
/// Where state lives, parsed from the --store option: a SQLite file path ("var/opscentre.db", "sqlite:path") or a
/// PostgreSQL URL ("postgres://user:password@host:port/database").
/// </summary>
public sealed record StoreLocation(StoreEngine Engine, string ConnectionString, string Display)
{
    public const string DefaultSqlitePath = "var/opscentre.db";

    public static StoreLocation Parse(string? value)
    {
        value = string.IsNullOrWhiteSpace(value) ? DefaultSqlitePath : value.Trim();
        if (value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            var uri = new Uri(value);
            var userInfo = uri.UserInfo.Split(':', 2);
            var builder = new Npgsql.NpgsqlConnectionStringBuilder
            {
                Host = uri.Host,
                Port = uri.Port > 0 ? uri.Port : 5432,
                Database = uri.AbsolutePath.Trim('/') is { Length: > 0 } db ? db : "opscentre",
                Username = Uri.UnescapeDataString(userInfo[0]),
                Password = userInfo.Length > 1 ? Uri.UnescapeDataString(userInfo[1]) : null,
                MaxPoolSize = 20,
            };
            return new StoreLocation(StoreEngine.Postgres, builder.ConnectionString, $"postgres://{uri.Host}:{builder.Port}/{builder.Database}");
        }

        var path = value.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase) ? value["sqlite:".Length..] : value;
        if (path.Length == 0)
        {
            throw new ArgumentException("--store: an empty SQLite path; give a file path or postgres://user:password@host:port/db");
        }

        var full = Path.GetFullPath(path);
        var sqlite = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = full, Pooling = true }.ConnectionString;
        return new StoreLocation(StoreEngine.Sqlite, sqlite, $"sqlite:{full}");
    }
}
