using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpsCentre.Assets.Detection;
using OpsCentre.Assets.Persistence;
using OpsCentre.Assets.Shards;
using OpsCentre.Console.Api;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Ingest.Assets;
using OpsCentre.Ingest.Catalogue;
using OpsCentre.Ingest.Decoding;
using OpsCentre.Kafka;
using OpsCentre.Kafka.Publishing;

namespace OpsCentre.Console.Node;

/// <summary>Registers the city stage: city.* → decode → asset shards → ops.anomalies.v1.</summary>
public static class CityStageRegistration
{
    /// <summary>
    /// Needs the <see cref="CityCatalogue"/> (also as <see cref="IAssetDirectory"/>), a <see cref="SignalDetectorFactory"/>
    /// and the database registered by the caller (the catalogue and the detector configuration are deployment
    /// choices). Asset state goes to the node's store and the changelog topic.
    /// </summary>
    public static IServiceCollection AddCityStage(this IServiceCollection services, AnomalyOptions anomalyOptions, bool acceptHistoricReadings)
    {
        services.AddSingleton(sp => new AssetStageOptions { NodeId = sp.GetRequiredService<NodeOptions>().NodeId, Anomalies = anomalyOptions });
        services.AddAssetStateServices();
        services.AddSingleton<AssetChangelog>();
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
            sp.GetRequiredService<CityCatalogue>(),
            sp.GetRequiredService<AssetRegistry>(),
            sp.GetRequiredService<SignalDetectorFactory>(),
            sp.GetRequiredService<AssetStageOptions>(),
            sp.GetRequiredService<KafkaPublisher>(),
            sp.GetRequiredService<DeadLetterPublisher>(),
            sp.GetRequiredService<IAssetStateStore>(),
            sp.GetRequiredService<AssetChangelog>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>(),
            sp.GetService<IMeterFactory>()));
    }
}
