using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpsCentre.Kafka;
using OpsCentre.Kafka.Consuming;

namespace OpsCentre.Console.Node;

/// <summary>Registers one consumer stage: its group, its input topics and what processes each owned partition.</summary>
public static class ConsumerStageRegistration
{
    public static IServiceCollection AddConsumerStage(
        this IServiceCollection services,
        string stage,
        IReadOnlyList<string> topics,
        Func<IServiceProvider, IPartitionProcessorFactory> processors)
    {
        services.AddSingleton(sp =>
        {
            var kafka = sp.GetRequiredService<KafkaConnection>();
            return new ConsumerStageService(
                stage,
                () => new PartitionedConsumer(
                    kafka,
                    PipelineStages.GroupOf(stage, kafka.Options.ConsumerGroup),
                    topics,
                    $"{sp.GetRequiredService<NodeOptions>().NodeId}-{stage}",
                    processors(sp),
                    new PartitionedConsumerOptions(),
                    sp.GetRequiredService<TimeProvider>(),
                    sp.GetRequiredService<ILogger<PartitionedConsumer>>()),
                sp.GetRequiredService<IHostApplicationLifetime>(),
                sp.GetRequiredService<ILogger<ConsumerStageService>>());
        });
        // Not AddHostedService: it de-duplicates by implementation type, and every stage is a ConsumerStageService.
        services.AddSingleton<IHostedService>(sp => sp.GetServices<ConsumerStageService>().Single(s => s.StageName == stage));
        return services;
    }
}
