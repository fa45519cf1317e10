using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpsCentre.Alerts.Acknowledgement;
using OpsCentre.Alerts.Alerting;
using OpsCentre.Alerts.Delivery;
using OpsCentre.Alerts.Feeds;
using OpsCentre.Alerts.Partners;
using OpsCentre.Console.Node;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Incidents;
using OpsCentre.Incidents.Audit;
using OpsCentre.Incidents.Correlation;
using OpsCentre.Incidents.Lifecycle;
using OpsCentre.Incidents.Pipeline;
using OpsCentre.Incidents.Publishing;
using OpsCentre.Incidents.Raising;
using OpsCentre.Incidents.Sla;
using OpsCentre.Kafka;
using OpsCentre.Kafka.Consuming;
using OpsCentre.Kafka.Publishing;
using OpsCentre.Storage.Alerts;
using OpsCentre.Storage.Incidents;

namespace OpsCentre.Console.Api;

/// <summary>
/// Wires the incident lifecycle, correlation rules, audit, SLA timers, partner registry, alert router, outbox
/// delivery, acknowledgement escalation and external CAP feeds into a node. The rules file is loaded (and validated)
/// here, so a broken file stops the node at start with the list of problems.
/// </summary>
public static class IncidentServiceRegistration
{
    /// <summary>The alert router's consumer stage name (its group is "{base}-alerts").</summary>
    public const string AlertStage = "alerts";

    public static IServiceCollection AddIncidentServices(this IServiceCollection services, IncidentServiceOptions options)
    {
        options.Validate();
        var rules = options.RulesFile is { } path ? CorrelationRulesFile.Load(path) : CorrelationRulesFile.LoadDefault();
        services.AddSingleton(rules);
        services.TryAddSingleton<IRoadNetwork>(RoadLinkGraph.Empty);
        services.AddSingleton<Func<IIncidentRaiser>>(sp => () => new RuleBasedRaiser(rules, sp.GetRequiredService<IRoadNetwork>()));

        services.AddSingleton<IAuditLog, SqlAuditLog>();
        services.AddSingleton<IAlertStore, SqlAlertStore>();
        services.AddSingleton<IPartnerRegistry, SqlPartnerRegistry>();
        services.AddSingleton<IIncidentFeed>(sp => new KafkaIncidentFeed(sp.GetRequiredService<KafkaPublisher>(), sp.GetService<IIncidentObserver>()));
        services.AddSingleton<IncidentLifecycle>();
        services.AddSingleton(options.Sla);
        services.AddSingleton<SlaMonitor>();

        services.AddSingleton(new AlertPlanner(new IncidentCapComposer(options.Alerting)));
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<AlertPlanning>();
        services.AddSingleton(options.Delivery);
        services.AddSingleton(sp => new AlertDeliveryWorker(
            sp.GetRequiredService<IAlertStore>(), sp.GetRequiredService<IPartnerRegistry>(), PartnerHttp.Value, sp.GetRequiredService<IncidentLifecycle>(),
            options.Delivery, sp.GetRequiredService<OutboxSignal>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<AlertDeliveryWorker>>()));
        services.AddSingleton(options.Acknowledgement);
        services.AddSingleton<UnacknowledgedAlertMonitor>();
        services.AddSingleton<PartnerAlertDesk>();
        services.AddSingleton(sp => new CapFeedIngestor(
            sp.GetRequiredService<IIncidentStore>(), sp.GetRequiredService<IIncidentFeed>(), sp.GetRequiredService<IncidentLifecycle>(), rules, options.CapFeed,
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<CapFeedIngestor>>()));

        if (options.RunTimers)
        {
            AddLoop(services, "sla-monitor", sp => sp.GetRequiredService<SlaMonitor>().RunAsync);
            AddLoop(services, "alert-ack-monitor", sp => sp.GetRequiredService<UnacknowledgedAlertMonitor>().RunAsync);
            AddLoop(services, "alert-delivery", sp => sp.GetRequiredService<AlertDeliveryWorker>().RunAsync);
        }

        if (options.RunAlertRouter)
        {
            services.AddConsumerStage(AlertStage, [CityTopics.Incidents], sp => new IncidentAlertStageFactory(
                sp.GetRequiredService<AlertPlanning>(), sp.GetRequiredService<DeadLetterPublisher>()));
        }

        return services;
    }

    /// <summary>Maps every endpoint of the incident side except the reads the node maps itself.</summary>
    public static IEndpointRouteBuilder MapIncidentServices(this IEndpointRouteBuilder routes)
    {
        routes.MapIncidentApi();
        routes.MapPartnerApi();
        routes.MapIncidentFeeds();
        return routes;
    }

    private static void AddLoop(IServiceCollection services, string name, Func<IServiceProvider, Func<CancellationToken, Task>> run) =>
        services.AddSingleton<IHostedService>(sp => new IncidentServiceLoop(name, run(sp), sp.GetRequiredService<ILogger<IncidentServiceLoop>>()));

    /// <summary>One connection pool for all partner deliveries; Polly sets each attempt's time limit, not HttpClient.</summary>
    private static readonly Lazy<HttpClient> PartnerHttp = new(() => new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    });
}
