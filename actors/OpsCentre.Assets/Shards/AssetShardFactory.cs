using Microsoft.Extensions.Logging;
using OpsCentre.Assets.Detection;
using OpsCentre.Ingest.Assets;
using OpsCentre.Ingest.Decoding;
using OpsCentre.Kafka.Consuming;
using OpsCentre.Kafka.Publishing;

namespace OpsCentre.Assets.Shards;

/// <summary>Creates the shard for a newly owned partition number of the city topics.</summary>
public sealed class AssetShardFactory(
    CityEventDecoder decoder,
    IAssetDirectory directory,
    AssetRegistry registry,
    SignalDetectorFactory detectors,
    AnomalyOptions options,
    KafkaPublisher publisher,
    DeadLetterPublisher deadLetters,
    ILoggerFactory loggers) : IPartitionProcessorFactory
{
    public Task<IPartitionProcessor> CreateAsync(int partition, CancellationToken cancellationToken) =>
        Task.FromResult<IPartitionProcessor>(new AssetShard(
            partition, decoder, directory, registry, detectors, options.Validated(), publisher, deadLetters, loggers.CreateLogger<AssetShard>()));

    public void Released(int partition)
    {
    }
}
