using OpsCentre.Storage;
using OpsCentre.Storage.Alerts;
using OpsCentre.Storage.Incidents;
using OpsCentre.Storage.Sql;

namespace OpsCentre.Incidents.Tests.Support;

/// <summary>A fresh SQLite database file per test, deleted afterwards.</summary>
internal sealed class TemporaryDatabase : IAsyncDisposable
{
    private readonly string _directory;

    private TemporaryDatabase(string directory, Database database)
    {
        _directory = directory;
        Database = database;
    }

    public Database Database { get; }

    public static async Task<TemporaryDatabase> CreateAsync()
    {
        IncidentSchema.Register();
        AlertSchema.Register();
        var directory = Path.Combine(Path.GetTempPath(), "opscentre-tests", Guid.NewGuid().ToString("N"));
        var database = await Database.OpenAsync(StoreLocation.Parse(Path.Combine(directory, "test.db")));
        return new TemporaryDatabase(directory, database);
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
