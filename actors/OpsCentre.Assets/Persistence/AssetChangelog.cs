using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using OpsCentre.Assets.Snapshots;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Kafka;
using OpsCentre.Kafka.Publishing;

namespace OpsCentre.Assets.Persistence;

/// <summary>
/// The compacted changelog topic: every checkpoint publishes the snapshot of each asset that changed, keyed by
/// asset id, and a node that takes a partition over reads that partition of the changelog back. Keyed like the
/// city topics (murmur2, as every producer here), an asset's snapshots land on the same partition number as its
/// readings; a restore checks the partition recorded in each snapshot anyway.
/// </summary>
public sealed class AssetChangelog(KafkaConnection connection, KafkaPublisher publisher, ILogger<AssetChangelog> logger)
{
    public void Publish(IEnumerable<AssetStateRecord> assets, DeliveryTracker deliveries)
    {
        foreach (var asset in assets)
        {
            publisher.Publish(CityTopics.AssetChangelog, asset.AssetId, asset.Snapshot, deliveries);
        }
    }

    /// <summary>
    /// The latest snapshot of every asset of <paramref name="partition"/> on the changelog, read from its start to
    /// its end as of now.
    /// </summary>
    /// <exception cref="TimeoutException">The end was not reached within <paramref name="timeout"/>. A partial read
    /// is not returned: when the previous owner kept its state in its own store, the changelog is the only copy of
    /// state the committed offsets already count on, and restoring older state would lose the records in between.
    /// The assignment fails instead and is retried.</exception>
    public Task<IReadOnlyList<StoredAsset>> ReadPartitionAsync(int partition, TimeSpan timeout, CancellationToken cancellationToken) =>
        Task.Run(() => ReadPartition(partition, timeout, cancellationToken), cancellationToken);

    private IReadOnlyList<StoredAsset> ReadPartition(int partition, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var config = connection.ConsumerConfig($"{connection.Options.ConsumerGroup}-asset-restore", $"asset-restore-p{partition}");
        // Assigned, never subscribed: no group membership, and nothing is ever committed.
        config.EnableAutoCommit = false;
        config.EnablePartitionEof = true;
        using var consumer = new ConsumerBuilder<string, byte[]>(config)
            .SetKeyDeserializer(Deserializers.Utf8)
            .SetLogHandler(KafkaLogging.To(logger))
            .Build();
        var topicPartition = new TopicPartition(CityTopics.AssetChangelog, partition);
        var watermarks = consumer.QueryWatermarkOffsets(topicPartition, timeout);
        var latest = new Dictionary<string, StoredAsset>(StringComparer.Ordinal);
        if (watermarks.High.Value <= watermarks.Low.Value)
        {
            return [];
        }

        consumer.Assign(new TopicPartitionOffset(topicPartition, Offset.Beginning));
        var deadline = DateTime.UtcNow + timeout;
        var skipped = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var remaining = deadline - DateTime.UtcNow;
            var record = (remaining > TimeSpan.Zero ? consumer.Consume(remaining) : null)
                ?? throw new TimeoutException($"changelog partition {partition}: its end (offset {watermarks.High.Value}) was not reached within {timeout}");

            if (record.IsPartitionEOF)
            {
                break;
            }

            if (record.Message.Key is { } assetId && record.Message.Value is { } snapshot)
            {
                if (!Keep(partition, assetId, snapshot, latest))
                {
                    skipped++;
                }
            }

            if (record.Offset.Value >= watermarks.High.Value - 1)
            {
                break;
            }
        }

        if (skipped > 0)
        {
            logger.LogWarning("Changelog partition {Partition}: skipped {Skipped} unreadable or misplaced snapshots", partition, skipped);
        }

        consumer.Close();
        return [.. latest.Values];
    }

    /// <returns>False if the snapshot could not be read or belongs to another partition.</returns>
    private static bool Keep(int partition, string assetId, byte[] snapshot, Dictionary<string, StoredAsset> latest)
    {
        AssetSummary summary;
        try
        {
            summary = AssetSnapshotCodec.ReadSummary(snapshot);
        }
        catch (InvalidDataException)
        {
            return false;
        }

        if (summary.Partition != partition || summary.Descriptor.AssetId != assetId)
        {
            return false;
        }

        if (!latest.TryGetValue(assetId, out var known) || summary.Revision > known.Revision)
        {
            latest[assetId] = new StoredAsset(assetId, summary.Revision, snapshot);
        }

        return true;
    }
}
