using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpsCentre.Assets.Detection;
using OpsCentre.Assets.Shards;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Ingest.Assets;
using OpsCentre.Ingest.Decoding;
using OpsCentre.Kafka;
using OpsCentre.Kafka.Consuming;
using OpsCentre.Kafka.Publishing;

namespace OpsCentre.Console.Node;

/// <summary>Registers the city stage: city.* → decode → asset shards → ops.anomalies.v1.</summary>
public static class CityStageRegistration
{
    /// <summary>
    /// Needs an <see cref="IAssetDirectory"/> and a <see cref="SignalDetectorFactory"/> registered by the caller
    /// (the catalogue and the detector configuration are deployment choices).
    /// </summary>
    public static IServiceCollection AddCityStage(this IServiceCollection services, AnomalyOptions anomalyOptions, bool acceptHistoricReadings)
    {
        services.AddSingleton<AssetRegistry>();
        services.AddSingleton(sp => new CityEventDecoder(
            sp.GetRequiredService<IAssetDirectory>(),
            sp.GetRequiredService<TimeProvider>(),
            DecoderOptions.Default with
            {
                MaxMessageBytes = sp.GetRequiredService<KafkaConnection>().Options.MaxMessageBytes,
                AcceptAnyAge = acceptHistoricReadings,
            }));
        services.AddSingleton(sp => new ConsumerStageService(
            PipelineStages.City,
            () => new PartitionedConsumer(
                sp.GetRequiredService<KafkaConnection>(),
                PipelineStages.GroupOf(PipelineStages.City, sp.GetRequiredService<KafkaConnection>().Options.ConsumerGroup),
                CityTopics.CityInputs,
                $"{sp.GetRequiredService<NodeOptions>().NodeId}-city",
                new AssetShardFactory(
                    sp.GetRequiredService<CityEventDecoder>(),
                    sp.GetRequiredService<IAssetDirectory>(),
                    sp.GetRequiredService<AssetRegistry>(),
                    sp.GetRequiredService<SignalDetectorFactory>(),
                    anomalyOptions,
                    sp.GetRequiredService<KafkaPublisher>(),
                    sp.GetRequiredService<DeadLetterPublisher>(),
                    sp.GetRequiredService<ILoggerFactory>()),
                new PartitionedConsumerOptions(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<PartitionedConsumer>>()),
            sp.GetRequiredService<IHostApplicationLifetime>(),
            sp.GetRequiredService<ILogger<ConsumerStageService>>()));
        // Not AddHostedService: it de-duplicates by implementation type, and every stage is a ConsumerStageService.
        services.AddSingleton<IHostedService>(sp => sp.GetServices<ConsumerStageService>().Single(s => s.StageName == PipelineStages.City));
        return services;
    }
}
