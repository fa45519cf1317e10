using Microsoft.Extensions.Logging.Abstractions;
using OpsCentre.Alerts.Acknowledgement;
using OpsCentre.Alerts.Alerting;
using OpsCentre.Alerts.Delivery;
using OpsCentre.Alerts.Partners;
using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Lifecycle;
using OpsCentre.Incidents.Publishing;
using OpsCentre.Incidents.Tests.Support;
using OpsCentre.Storage.Alerts;
using OpsCentre.Storage.Incidents;
using OpsCentre.Tests.Time;

namespace OpsCentre.Alerts.Tests.Support;

/// <summary>
/// The alerting side wired as in the node, over a fresh SQLite database and a hand-moved clock: stores, registry,
/// lifecycle, planning, delivery, the partner desk and the acknowledgement monitor.
/// </summary>
internal sealed class AlertHarness : IAsyncDisposable
{
    private readonly TemporaryDatabase _database;
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };

    private AlertHarness(TemporaryDatabase database, IIncidentFeed? feed, DateTimeOffset start)
    {
        _database = database;
        Time = new ManualClock(start);
        Incidents = new SqlIncidentStore(database.Database);
        Audit = new SqlAuditLog(database.Database);
        Alerts = new SqlAlertStore(database.Database);
        Partners = new SqlPartnerRegistry(database.Database, Time);
        Feed = feed ?? new RecordingIncidentFeed();
        Lifecycle = new IncidentLifecycle(Incidents, Audit, Feed, Time, NullLogger<IncidentLifecycle>.Instance);
        Planning = new AlertPlanning(Alerts, Partners, new AlertPlanner(new IncidentCapComposer(new AlertingOptions())), Lifecycle, Outbox, Time, NullLogger<AlertPlanning>.Instance);
        Desk = new PartnerAlertDesk(Alerts, Audit, Lifecycle, Time, NullLogger<PartnerAlertDesk>.Instance);
        AckMonitor = new UnacknowledgedAlertMonitor(Alerts, Partners, Lifecycle, new AcknowledgementOptions(), Time, NullLogger<UnacknowledgedAlertMonitor>.Instance);
    }

    public ManualClock Time { get; }

    public SqlIncidentStore Incidents { get; }

    public SqlAuditLog Audit { get; }

    public SqlAlertStore Alerts { get; }

    public SqlPartnerRegistry Partners { get; }

    public IIncidentFeed Feed { get; }

    public IncidentLifecycle Lifecycle { get; }

    public OutboxSignal Outbox { get; } = new();

    public AlertPlanning Planning { get; }

    public PartnerAlertDesk Desk { get; }

    public UnacknowledgedAlertMonitor AckMonitor { get; }

    public global::OpsCentre.Storage.Sql.Database Database => _database.Database;

    public static async Task<AlertHarness> CreateAsync(IIncidentFeed? feed = null, DateTimeOffset? start = null) =>
        new(await TemporaryDatabase.CreateAsync(), feed, start ?? Anomalies.Start);

    public AlertDeliveryWorker NewDeliveryWorker(AlertDeliveryOptions? options = null) =>
        new(Alerts, Partners, _http, Lifecycle, options ?? new AlertDeliveryOptions(), Outbox, Time, NullLogger<AlertDeliveryWorker>.Instance);

    public async Task<(Partner Partner, PartnerCredentials Credentials)> RegisterAsync(string partnerId, PartnerService service, Uri endpoint, params RoutingRule[] routes)
    {
        var partner = new Partner(partnerId, $"{service} ({partnerId})", service, endpoint, routes.Length > 0 ? routes : [new RoutingRule([])]);
        return (partner, await Partners.RegisterAsync(partner, CancellationToken.None));
    }

    /// <summary>Stores the incident as a new one (version 1) and plans alerts for it.</summary>
    public async Task<Incident> RaiseAsync(Incident incident)
    {
        await Incidents.TryWriteAsync(incident with { Version = 1 }, 0, [], CancellationToken.None);
        var stored = (await Incidents.GetAsync(incident.IncidentId, CancellationToken.None))!;
        await Planning.PlanAsync([stored], CancellationToken.None);
        return stored;
    }

    /// <summary>Plans alerts for the incident as now stored.</summary>
    public async Task<IReadOnlyList<AlertMessage>> PlanLatestAsync(string incidentId) =>
        await Planning.PlanAsync([(await Incidents.GetAsync(incidentId, CancellationToken.None))!], CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _database.DisposeAsync();
    }
}
