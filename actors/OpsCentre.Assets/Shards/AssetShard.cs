using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using OpsCentre.Actors;
using OpsCentre.Actors.Entities;
using OpsCentre.Actors.Mailboxes;
using OpsCentre.Assets.Hosting;
using OpsCentre.Assets.Persistence;
using OpsCentre.Assets.Snapshots;
using OpsCentre.Ingest.Decoding;
using OpsCentre.Kafka.Consuming;
using OpsCentre.Kafka.Publishing;

namespace OpsCentre.Assets.Shards;

/// <summary>
/// The assets of one owned partition number, on every city topic. Decodes each record (bad ones to the dead-letter
/// topic with the reason) and hands it to its asset, an entity of the partition's own entity host. A checkpoint
/// captures every asset that changed (on the shard's loop, after every reading sent before it), writes them to the
/// store in one transaction (processing waits for that), then publishes them to the changelog; the offsets become
/// committable once the anomalies, dead letters and changelog messages up to the checkpoint are acknowledged.
/// </summary>
internal sealed class AssetShard : IPartitionProcessor
{
    private readonly AssetPartition _partition;
    private readonly ActorSystem _system;
    private readonly EntityHost<AssetSnapshot?, AssetCommand> _host;
    private readonly CityEventDecoder _decoder;
    private readonly DeadLetterPublisher _deadLetters;
    private readonly IAssetStateStore _store;
    private readonly AssetChangelog _changelog;
    private readonly AssetRegistry _registry;
    private readonly ITimer _sweeps;
    private readonly ILogger _logger;

    public AssetShard(
        AssetPartition partition,
        AssetStageOptions options,
        CityEventDecoder decoder,
        DeadLetterPublisher deadLetters,
        IAssetStateStore store,
        AssetChangelog changelog,
        AssetRegistry registry,
        TimeProvider time,
        System.Diagnostics.Metrics.IMeterFactory? meters,
        ILogger logger)
    {
        _partition = partition;
        _decoder = decoder;
        _deadLetters = deadLetters;
        _store = store;
        _changelog = changelog;
        _registry = registry;
        _logger = logger;
        // One actor system per partition: giving the partition up (or crashing) stops its actors with whatever is
        // queued dropped, not processed, and the metrics say which partition an actor served.
        _system = new ActorSystem(new ActorSystemOptions
        {
            Name = $"assets-p{partition.Number}",
            TimeProvider = time,
            DeadLetterSink = new AssetDeadLetters(partition, deadLetters),
            MeterFactory = meters,
        });
        var kind = new EntityKind<AssetSnapshot?, AssetCommand>(
            "assets",
            context => context.Key == AssetPartition.LedgerKey ? new PartitionLedger(context, partition) : new AssetActor(context, partition),
            _ => null,
            new DormantAssetStore(partition));
        _host = EntityHost<AssetSnapshot?, AssetCommand>.Start(_system, kind, new EntityHostOptions
        {
            ShardCount = 1,
            IdleTimeout = options.IdleTimeout,
            PassivationScanInterval = options.PassivationScanInterval,
            ShardMailbox = new MailboxOptions { Capacity = options.ShardMailboxCapacity },
            EntitySupervisor = options.Supervisor,
        });
        _sweeps = time.CreateTimer(static shard => ((AssetShard)shard!).RequestHealthSweep(), this, options.Health.SweepInterval, options.Health.SweepInterval);
    }

    public int Partition => _partition.Number;

    internal AssetPartition Assets => _partition;

    public ValueTask ProcessAsync(ConsumeResult<string, byte[]> record, CancellationToken cancellationToken)
    {
        var raw = record.Message.Value ?? [];
        switch (_decoder.Decode(record.Topic, raw))
        {
            case Rejected rejected:
                // A message carrying personal data is dead-lettered without its payload: the reason and origin are
                // enough to find the producer, and the topic must not become a store of identifying data.
                _deadLetters.Publish(record.Topic, record.Partition.Value, record.Offset.Value, record.Message.Key,
                    rejected.MayKeepPayload ? raw : [], rejected.DeadLetterReason, _partition.Deliveries);
                return ValueTask.CompletedTask;
            case Decoded { Event: var reading }:
                var told = _host.TellAsync(reading.AssetId, AssetCommand.Observe(reading, record), cancellationToken);
                if (told.IsCompletedSuccessfully)
                {
                    EnsureAccepted(told.Result);
                    return ValueTask.CompletedTask;
                }

                return AwaitAcceptedAsync(told);
            default:
                throw new InvalidOperationException("the decoder returned neither a reading nor a rejection");
        }
    }

    public async Task<Task> CheckpointAsync(CancellationToken cancellationToken)
    {
        var capture = await AskLedgerAsync(new ShardRequest<CheckpointCapture>(), cancellationToken).ConfigureAwait(false);
        if (capture.Assets.Count > 0)
        {
            await _store.WriteAsync(_partition.Number, _partition.Epoch, capture.Assets, cancellationToken).ConfigureAwait(false);
            _changelog.Publish(capture.Assets, _partition.Deliveries);
            AssetMetrics.SnapshotsWritten.Add(capture.Assets.Count);
            AssetMetrics.SnapshotBytes.Add(capture.Assets.Sum(a => (long)a.Snapshot.Length));
        }

        var delivered = _partition.Deliveries.Seal();
        _partition.ConfirmWhenDelivered(capture.Generation, delivered);
        return delivered;
    }

    /// <summary>Listings of every asset the partition hosts, active or dormant.</summary>
    public Task<IReadOnlyList<AssetListing>> ListAsync(CancellationToken cancellationToken) =>
        AskLedgerAsync(new ShardRequest<IReadOnlyList<AssetListing>>(), cancellationToken);

    /// <summary>The asset's state if this partition hosts it, as of after every record processed before the call.</summary>
    public Task<AssetSnapshot?> DescribeAsync(string assetId, CancellationToken cancellationToken)
    {
        var description = new AssetDescription(assetId);
        return AskLedgerAsync(description.Reply, description, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _logger.LogInformation("Partition {Partition} released: {Active} active and {Dormant} dormant assets, {Anomalies} anomalies raised, {Skipped} replayed records already applied",
            _partition.Number, _partition.ActiveCount, _partition.DormantCount, _partition.AnomaliesRaised, _partition.ReplaysSkipped);
        // Whatever is still queued is not dead letters: the next owner replays it from the last committed offset.
        _partition.Closing = true;
        await _sweeps.DisposeAsync().ConfigureAwait(false);
        _registry.Released(this);
        await _system.StopAsync(StopMode.Drop).ConfigureAwait(false);
        // Stops the host's passivation timers; its entities are already gone with the stopped shard.
        await _host.DisposeAsync().ConfigureAwait(false);
        await _system.DisposeAsync().ConfigureAwait(false);
    }

    private Task<T> AskLedgerAsync<T>(ShardRequest<T> request, CancellationToken cancellationToken) => AskLedgerAsync(request, request, cancellationToken);

    private async Task<T> AskLedgerAsync<T>(ShardRequest<T> reply, IShardRequest request, CancellationToken cancellationToken)
    {
        EnsureAccepted(await _host.TellAsync(AssetPartition.LedgerKey, AssetCommand.Ask(request), cancellationToken).ConfigureAwait(false));
        return await reply.Answer.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private void RequestHealthSweep()
    {
        if (!_partition.Closing)
        {
            _ = SweepAsync();
        }
    }

    private async Task SweepAsync()
    {
        try
        {
            // Waits for room rather than dropping the sweep when the shard is busy: health must not depend on load.
            await _host.TellAsync(AssetPartition.LedgerKey, AssetCommand.Ask(HealthSweep.Instance)).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            _logger.LogWarning(e, "Partition {Partition}: health sweep not sent", _partition.Number);
        }
    }

    private async ValueTask AwaitAcceptedAsync(ValueTask<TellResult> told) => EnsureAccepted(await told.ConfigureAwait(false));

    private void EnsureAccepted(TellResult result)
    {
        if (result != TellResult.Accepted)
        {
            throw new InvalidOperationException($"the asset shard of partition {_partition.Number} refused a message ({result}): it has stopped");
        }
    }
}
