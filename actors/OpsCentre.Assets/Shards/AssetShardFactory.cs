using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using OpsCentre.Assets.Detection;
using OpsCentre.Assets.Hosting;
using OpsCentre.Assets.Persistence;
using OpsCentre.Assets.Snapshots;
using OpsCentre.Assets.State;
using OpsCentre.Ingest.Catalogue;
using OpsCentre.Ingest.Decoding;
using OpsCentre.Kafka.Consuming;
using OpsCentre.Kafka.Publishing;

namespace OpsCentre.Assets.Shards;

/// <summary>
/// Takes over a partition number of the city topics: claims it in the store (fencing off the previous owner's
/// writes), restores its assets from the store and the changelog (the newer snapshot of each wins), registers the
/// assets the catalogue does not know (they registered at run time on another node), publishes again the
/// anomalies the snapshots hold as unconfirmed, and only then starts the shard that processes its records.
/// </summary>
public sealed class AssetShardFactory(
    CityEventDecoder decoder,
    CityCatalogue catalogue,
    AssetRegistry registry,
    SignalDetectorFactory detectors,
    AssetStageOptions options,
    KafkaPublisher publisher,
    DeadLetterPublisher deadLetters,
    IAssetStateStore store,
    AssetChangelog changelog,
    TimeProvider time,
    ILoggerFactory loggers,
    IMeterFactory? meters = null) : IPartitionProcessorFactory
{
    private readonly AssetStageOptions _options = options.Validated();
    private readonly AssetModel _model = options.ModelWith(detectors);
    private readonly ILogger _logger = loggers.CreateLogger<AssetShardFactory>();

    public async Task<IPartitionProcessor> CreateAsync(int partition, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var epoch = await store.ClaimPartitionAsync(partition, _options.NodeId, cancellationToken).ConfigureAwait(false);
        var stored = await store.LoadPartitionAsync(partition, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<StoredAsset> logged = _options.RestoreFromChangelog
            ? await changelog.ReadPartitionAsync(partition, _options.ChangelogReadTimeout, cancellationToken).ConfigureAwait(false)
            : [];
        var restore = PartitionRestore.Merge(partition, stored, logged);

        var assets = new AssetPartition(partition, epoch, _model, catalogue, publisher, time);
        var republished = 0;
        foreach (var parked in restore.Assets)
        {
            RegisterIfUnknown(parked);
            assets.Restore(parked);
            if (parked.Summary.HasUnconfirmedAnomalies)
            {
                foreach (var anomaly in AssetSnapshotCodec.Decode(parked.Record.Snapshot).UnconfirmedAnomalies)
                {
                    assets.Republish(anomaly);
                    republished++;
                }
            }
        }

        AssetMetrics.Restored.Add(restore.FromStore, new KeyValuePair<string, object?>("source", "store"));
        AssetMetrics.Restored.Add(restore.FromChangelog, new KeyValuePair<string, object?>("source", "changelog"));
        var shard = new AssetShard(assets, _options, decoder, deadLetters, store, changelog, registry, time, meters, loggers.CreateLogger<AssetShard>());
        registry.Hosted(shard);
        _logger.LogInformation(
            "Partition {Partition} (epoch {Epoch}) restored {Assets} assets in {Milliseconds:N0} ms: {FromStore} from the store, {FromChangelog} newer on the changelog, {Unreadable} unreadable; {Republished} unconfirmed anomalies published again",
            partition, epoch, restore.Assets.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds, restore.FromStore, restore.FromChangelog, restore.Unreadable, republished);
        return shard;
    }

    public void Released(int partition)
    {
        // The shard unregisters itself when it is disposed, which happens before this is called.
    }

    private void RegisterIfUnknown(ParkedAsset parked)
    {
        var descriptor = parked.Summary.Descriptor;
        if (catalogue.TryGet(descriptor.AssetId, out _))
        {
            return;
        }

        try
        {
            catalogue.TryRegister(descriptor);
        }
        catch (ArgumentException e)
        {
            _logger.LogWarning("Restored asset {Asset} could not be registered: {Reason}", descriptor.AssetId, e.Message);
        }
    }
}
