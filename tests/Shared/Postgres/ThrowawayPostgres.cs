using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace OpsCentre.Tests.Postgres;

/// <summary>
/// A PostgreSQL server of its own for a test class: initdb into a temporary folder, started on a free port on
/// 127.0.0.1 with trust authentication, stopped and deleted on dispose. As root it runs the server as the
/// "postgres" user (PostgreSQL refuses to run as root). Link this file (and <see cref="PostgresFactAttribute"/>) into
/// a test project and use it as a class fixture; tests that need it are <see cref="PostgresFactAttribute"/>s, which
/// skip, saying why, only when the server binaries are not installed.
/// </summary>
public sealed class ThrowawayPostgres : IAsyncLifetime
{
    private const string ServiceUser = "postgres";
    private string? _folder;
    private int _databases;

    /// <summary>The folder holding initdb and pg_ctl, or null when PostgreSQL is not installed.</summary>
    public static string? Binaries { get; } = FindBinaries();

    public int Port { get; private set; }

    /// <summary>Server up, no database created yet: <see cref="CreateDatabaseAsync"/> makes one per test.</summary>
    public async Task InitializeAsync()
    {
        if (Binaries is null)
        {
            return;
        }

        _folder = Path.Combine(Path.GetTempPath(), "opscentre-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_folder);
        var asServiceUser = Environment.UserName == "root";
        if (asServiceUser)
        {
            await RunAsync("chown", ServiceUser, _folder);
        }

        Port = FreePort();
        var data = Path.Combine(_folder, "data");
        await RunPostgresToolAsync(asServiceUser, "initdb", "-D", data, "-A", "trust", "-U", ServiceUser, "--no-sync", "-E", "UTF8");
        await RunPostgresToolAsync(asServiceUser, "pg_ctl", "-D", data, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60",
            "-o", $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start");
    }

    /// <summary>A fresh, empty database; returns its postgres:// URL (the form --store takes).</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"opscentre_test_{Interlocked.Increment(ref _databases)}";
        await using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={Port};Username={ServiceUser};Database=postgres");
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        return $"postgres://{ServiceUser}@127.0.0.1:{Port}/{name}";
    }

    public async Task DisposeAsync()
    {
        if (_folder is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        try
        {
            await RunPostgresToolAsync(Environment.UserName == "root", "pg_ctl", "-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop");
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static Task RunPostgresToolAsync(bool asServiceUser, string tool, params string[] arguments) =>
        asServiceUser
            ? RunAsync("runuser", ["-u", ServiceUser, "--", Path.Combine(Binaries!, tool), .. arguments])
            : RunAsync(Path.Combine(Binaries!, tool), arguments);

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await errors}{await output}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        return Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
                .OrderByDescending(bin => bin, StringComparer.Ordinal)
                .FirstOrDefault()
            : null;
    }
}
