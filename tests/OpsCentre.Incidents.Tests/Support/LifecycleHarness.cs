using Microsoft.Extensions.Logging.Abstractions;
using OpsCentre.Tests.Time;
using OpsCentre.Incidents.Lifecycle;
using OpsCentre.Storage.Incidents;

namespace OpsCentre.Incidents.Tests.Support;

/// <summary>A lifecycle over a real SQLite store and audit log, a recording feed and a fake clock.</summary>
internal sealed class LifecycleHarness : IAsyncDisposable
{
    private readonly TemporaryDatabase _database;

    private LifecycleHarness(TemporaryDatabase database)
    {
        _database = database;
        Store = new SqlIncidentStore(database.Database);
        Audit = new SqlAuditLog(database.Database);
        Lifecycle = new IncidentLifecycle(Store, Audit, Feed, Time, NullLogger<IncidentLifecycle>.Instance);
    }

    public ManualClock Time { get; } = new(Anomalies.Start);

    public RecordingIncidentFeed Feed { get; } = new();

    public SqlIncidentStore Store { get; }

    public SqlAuditLog Audit { get; }

    public IncidentLifecycle Lifecycle { get; }

    public static async Task<LifecycleHarness> CreateAsync() => new(await TemporaryDatabase.CreateAsync());

    public global::OpsCentre.Storage.Sql.Database Database => _database.Database;

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
