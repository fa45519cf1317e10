using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpsCentre.Assets.Detection;
using OpsCentre.Assets.Shards;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Ingest.Assets;
using OpsCentre.Ingest.Decoding;
using OpsCentre.Kafka;
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
        return services.AddConsumerStage(PipelineStages.City, CityTopics.CityInputs, sp => new AssetShardFactory(
            sp.GetRequiredService<CityEventDecoder>(),
            sp.GetRequiredService<IAssetDirectory>(),
            sp.GetRequiredService<AssetRegistry>(),
            sp.GetRequiredService<SignalDetectorFactory>(),
            anomalyOptions,
            sp.GetRequiredService<KafkaPublisher>(),
            sp.GetRequiredService<DeadLetterPublisher>(),
            sp.GetRequiredService<ILoggerFactory>()));
    }
}
