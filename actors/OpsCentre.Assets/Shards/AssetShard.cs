using System.Text.Json;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using OpsCentre.Assets.Detection;
using OpsCentre.Assets.State;
using OpsCentre.Contracts;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Pipeline;
using OpsCentre.Ingest.Assets;
using OpsCentre.Ingest.Decoding;
using OpsCentre.Kafka.Consuming;
using OpsCentre.Kafka.Publishing;

namespace OpsCentre.Assets.Shards;

/// <summary>
/// The assets of one partition number: every asset whose id hashes to it, on every city topic. Decodes each
/// record (bad ones to the dead-letter topic with the reason), applies it to its asset (activating the asset on
/// first sight) and publishes the anomalies the asset's detectors raise to ops.anomalies.v1, keyed by area so the
/// correlator sees neighbours together. A checkpoint waits until everything it produced is acknowledged.
/// </summary>
public sealed class AssetShard(
    int partition,
    CityEventDecoder decoder,
    IAssetDirectory directory,
    AssetRegistry registry,
    SignalDetectorFactory detectors,
    AnomalyOptions options,
    KafkaPublisher publisher,
    DeadLetterPublisher deadLetters,
    ILogger logger) : IPartitionProcessor
{
    private readonly Dictionary<string, AssetEntity> _assets = new(StringComparer.Ordinal);
    private readonly List<Anomaly> _anomalies = [];
    private readonly DeliveryTracker _deliveries = new();

    public int Partition => partition;

    public int ActiveAssets => _assets.Count;

    public long AnomaliesRaised { get; private set; }

    public ValueTask ProcessAsync(ConsumeResult<string, byte[]> record, CancellationToken cancellationToken)
    {
        var raw = record.Message.Value ?? [];
        switch (decoder.Decode(record.Topic, raw))
        {
            case Rejected rejected:
                // A message carrying personal data is dead-lettered without its payload: the reason and origin are
                // enough to find the producer, and the topic must not become a store of identifying data.
                deadLetters.Publish(record.Topic, record.Partition.Value, record.Offset.Value, record.Message.Key,
                    rejected.MayKeepPayload ? raw : [], rejected.DeadLetterReason, _deliveries);
                break;
            case Decoded { Event: var cityEvent }:
                if (!_assets.TryGetValue(cityEvent.AssetId, out var asset))
                {
                    directory.TryGet(cityEvent.AssetId, out var descriptor);
                    asset = new AssetEntity(descriptor!, detectors, options);
                    _assets[cityEvent.AssetId] = asset;
                    registry.Activated(partition, asset);
                }

                asset.Apply(cityEvent, _anomalies);
                if (_anomalies.Count > 0)
                {
                    PublishAnomalies();
                }

                break;
        }

        return ValueTask.CompletedTask;
    }

    public Task<Task> CheckpointAsync(CancellationToken cancellationToken) => Task.FromResult(_deliveries.Seal());

    public ValueTask DisposeAsync()
    {
        registry.Released(partition);
        logger.LogInformation("Shard {Partition} released {Assets} assets ({Anomalies} anomalies raised)", partition, _assets.Count, AnomaliesRaised);
        return ValueTask.CompletedTask;
    }

    private void PublishAnomalies()
    {
        foreach (var anomaly in _anomalies)
        {
            publisher.Publish(CityTopics.Anomalies, AnomalyRouting.AreaKey(anomaly.Location),
                JsonSerializer.SerializeToUtf8Bytes(anomaly, ContractJson.Default.Anomaly), _deliveries);
            AnomaliesRaised++;
            logger.LogDebug("Anomaly {Id} on {Asset} {Signal}: {Explanation}", anomaly.AnomalyId, anomaly.AssetId, anomaly.Signal, anomaly.Explanation);
        }

        _anomalies.Clear();
    }
}
