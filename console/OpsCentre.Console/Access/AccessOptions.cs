using Microsoft.Data.Sqlite;
using OpsCentre.Storage;

namespace OpsCentre.Console.Access;

/// <summary>
/// Sign-in settings for the console, bound from configuration section <see cref="Section"/> (environment variables
/// such as <c>Console__Access__UsersFile</c> work too). Checked at start by <see cref="AccessOptionsValidator"/>.
/// </summary>
public sealed record AccessOptions
{
    public const string Section = "Console:Access";

    /// <summary>The users file (JSON, PBKDF2 password hashes; see Access/README.md). Default: console-users.json
    /// beside the SQLite store (var/ under the working directory when the store is PostgreSQL).</summary>
    public string? UsersFile { get; init; }

    /// <summary>Create the users file with the documented demo accounts when it does not exist. Default true, so
    /// <c>opscentre run</c> works out of the box; set false in production, where a missing file must stop the node
    /// rather than open it with well-known passwords.</summary>
    public bool SeedDemoUsers { get; init; } = true;

    /// <summary>How long a sign-in lasts without activity (sliding). Default 13 h: a 12-hour shift plus handover.
    /// Valid 15 min to 24 h.</summary>
    public TimeSpan SessionLifetime { get; init; } = TimeSpan.FromHours(13);

    /// <summary>Where the keys that protect sign-in cookies are kept, so a sign-in survives a node restart. Nodes
    /// behind one address must share this folder. Default: a <c>console-keys</c> folder beside the users file.</summary>
    public string? KeysDirectory { get; init; }

    /// <summary>Failed sign-ins for one user name before further attempts are refused for
    /// <see cref="LockoutPeriod"/>. Default 5, valid 3 to 20.</summary>
    public int MaxFailedSignIns { get; init; } = 5;

    /// <summary>How long a user name stays locked after <see cref="MaxFailedSignIns"/> failures in a row. Default
    /// 5 min, valid 30 s to 1 h.</summary>
    public TimeSpan LockoutPeriod { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The users file this node reads: <see cref="UsersFile"/>, or its default beside the store.</summary>
    public string UsersFilePath(string? store)
    {
        if (UsersFile is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }

        var location = StoreLocation.Parse(store);
        var folder = location.Engine == StoreEngine.Sqlite
            ? Path.GetDirectoryName(new SqliteConnectionStringBuilder(location.ConnectionString).DataSource)!
            : Path.GetFullPath("var");
        return Path.Combine(folder, "console-users.json");
    }

    public string KeysDirectoryPath(string? store) =>
        Path.GetFullPath(KeysDirectory ?? Path.Combine(Path.GetDirectoryName(UsersFilePath(store))!, "console-keys"));
}
