using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Incidents;
using OpsCentre.Incidents.Pipeline;
using OpsCentre.Incidents.Raising;
using OpsCentre.Kafka;
using OpsCentre.Kafka.Consuming;
using OpsCentre.Kafka.Publishing;

namespace OpsCentre.Console.Node;

/// <summary>Registers the incident stage: ops.anomalies.v1 → correlation → incidents.</summary>
public static class IncidentStageRegistration
{
    public static IServiceCollection AddIncidentStage(this IServiceCollection services)
    {
        services.AddSingleton<IIncidentObserver, IncidentMetrics>();
        services.AddSingleton(sp => new ConsumerStageService(
            PipelineStages.Incidents,
            () => new PartitionedConsumer(
                sp.GetRequiredService<KafkaConnection>(),
                PipelineStages.GroupOf(PipelineStages.Incidents, sp.GetRequiredService<KafkaConnection>().Options.ConsumerGroup),
                [CityTopics.Anomalies],
                $"{sp.GetRequiredService<NodeOptions>().NodeId}-incidents",
                new IncidentStageFactory(
                    () => new AnomalyPerIncidentRaiser(),
                    sp.GetRequiredService<IIncidentStore>(),
                    sp.GetRequiredService<KafkaPublisher>(),
                    sp.GetRequiredService<DeadLetterPublisher>(),
                    sp.GetRequiredService<IIncidentObserver>(),
                    sp.GetRequiredService<TimeProvider>(),
                    sp.GetRequiredService<ILoggerFactory>()),
                new PartitionedConsumerOptions(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<PartitionedConsumer>>()),
            sp.GetRequiredService<IHostApplicationLifetime>(),
            sp.GetRequiredService<ILogger<ConsumerStageService>>()));
        // Not AddHostedService: it de-duplicates by implementation type, and every stage is a ConsumerStageService.
        services.AddSingleton<IHostedService>(sp => sp.GetServices<ConsumerStageService>().Single(s => s.StageName == PipelineStages.Incidents));
        return services;
    }
}
