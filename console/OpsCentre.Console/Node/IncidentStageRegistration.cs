using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Incidents;
using OpsCentre.Incidents.Pipeline;
using OpsCentre.Incidents.Raising;
using OpsCentre.Kafka.Publishing;

namespace OpsCentre.Console.Node;

/// <summary>Registers the incident stage: ops.anomalies.v1 → correlation → incidents.</summary>
public static class IncidentStageRegistration
{
    public static IServiceCollection AddIncidentStage(this IServiceCollection services)
    {
        services.AddSingleton<IIncidentObserver, IncidentMetrics>();
        return services.AddConsumerStage(PipelineStages.Incidents, [CityTopics.Anomalies], sp => new IncidentStageFactory(
            sp.GetRequiredService<Func<IIncidentRaiser>>(),
            sp.GetRequiredService<IIncidentStore>(),
            sp.GetRequiredService<KafkaPublisher>(),
            sp.GetRequiredService<DeadLetterPublisher>(),
            sp.GetRequiredService<IIncidentObserver>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>()));
    }
}
