using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using OpsCentre.Assets.Health;
using OpsCentre.Assets.Persistence;
using OpsCentre.Assets.Snapshots;
using OpsCentre.Assets.State;
using OpsCentre.Contracts;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Pipeline;
using OpsCentre.Ingest.Catalogue;
using OpsCentre.Kafka.Publishing;

namespace OpsCentre.Assets.Hosting;

/// <summary>
/// Everything one owned partition knows about its assets: the active ones (entities on the shard's loop), the dormant
/// ones (encoded snapshots: restored but not yet heard from, or passivated), which changed since the last checkpoint,
/// the stream clocks that judge silence, and the delivery generations that tell confirmed anomalies from unconfirmed.
/// </summary>
/// <remarks>
/// Threads: the members marked "shard loop" run only on the partition's entity shard (entity hooks and the ledger),
/// so they need no locks; the console reads through the ledger too. The maps are concurrent only because their
/// counts are read from other threads; a dormant entry is immutable. Generations: anomalies published before checkpoint n's capture belong to generation n;
/// once that checkpoint's deliveries are acknowledged, generation n is confirmed and its anomalies drop out of the
/// snapshots (until then a snapshot carries them, and a restore publishes them again rather than lose them).
/// </remarks>
internal sealed class AssetPartition
{
    /// <summary>The ledger entity's key: not an asset id, which always starts with a kind prefix.</summary>
    public const string LedgerKey = "~ledger";

    private readonly ConcurrentDictionary<string, AssetActor> _active = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ParkedAsset> _dormant = new(StringComparer.Ordinal);
    private readonly List<AssetActor> _dirty = [];
    private readonly List<ParkedAsset> _parkedDirty = [];
    private readonly SnapshotWriter _writer = new();
    private readonly KafkaPublisher _publisher;
    private long _confirmedGeneration;
    private long _anomaliesRaised;
    private long _replaysSkipped;
    private volatile bool _closing;

    public AssetPartition(int number, long epoch, AssetModel model, CityCatalogue catalogue, KafkaPublisher publisher, TimeProvider time)
    {
        Number = number;
        Epoch = epoch;
        Model = model;
        Catalogue = catalogue;
        _publisher = publisher;
        Clock = new StreamClock(time);
    }

    public int Number { get; }

    /// <summary>This node's claim on the partition in the store (see <see cref="IAssetStateStore"/>).</summary>
    public long Epoch { get; }

    public AssetModel Model { get; }

    public CityCatalogue Catalogue { get; }

    public DeliveryTracker Deliveries { get; } = new();

    public StreamClock Clock { get; }

    /// <summary>The generation anomalies published now belong to (shard loop).</summary>
    public long OpenGeneration { get; private set; } = 1;

    public long ConfirmedGeneration => Volatile.Read(ref _confirmedGeneration);

    /// <summary>Set when the partition is being given up: messages still queued are not dead letters then.</summary>
    public bool Closing
    {
        get => _closing;
        set => _closing = value;
    }

    public long AnomaliesRaised => Interlocked.Read(ref _anomaliesRaised);

    /// <summary>Records that arrived for an asset whose state already included them (replays after a crash).</summary>
    public long ReplaysSkipped => Interlocked.Read(ref _replaysSkipped);

    public int ActiveCount => _active.Count;

    public int DormantCount => _dormant.Count;

    /// <summary>Adds a restored asset (before the shard starts).</summary>
    public void Restore(ParkedAsset parked)
    {
        _dormant[parked.Summary.Descriptor.AssetId] = parked;
        if (parked.Summary is { ReportsOn: { } topic, LastSeen: { } lastSeen })
        {
            Clock.Observe(topic, lastSeen);
        }
    }

    /// <summary>Publishes an anomaly a restored snapshot held as unconfirmed (before the shard starts).</summary>
    public void Republish(Anomaly anomaly) => PublishAnomaly(anomaly);

    public bool TryGetDormant(string assetId, [NotNullWhen(true)] out ParkedAsset? parked) => _dormant.TryGetValue(assetId, out parked);

    /// <summary>The asset as an entity: fresh from the catalogue, or rebuilt from its snapshot (shard loop).</summary>
    public AssetEntity Materialise(string assetId, AssetSnapshot? snapshot)
    {
        var descriptor = Catalogue.TryGet(assetId, out var known)
            ? known
            : snapshot?.Summary.Descriptor ?? throw new InvalidOperationException($"asset '{assetId}' is neither in the catalogue nor restored");
        return snapshot is null ? new AssetEntity(descriptor, Number, Model) : AssetEntity.Restore(snapshot, descriptor, Model, OpenGeneration);
    }

    /// <summary>The actor's asset is active (shard loop). A state that was parked but not yet written stays due.</summary>
    public void Activated(AssetActor actor)
    {
        if (_dormant.TryRemove(actor.Key, out var parked) && !parked.Durable)
        {
            _parkedDirty.Remove(parked);
            MarkDirty(actor);
        }

        _active[actor.Key] = actor;
    }

    /// <summary>A record arrived that the asset's state already includes (shard loop).</summary>
    public void SkippedReplay()
    {
        Interlocked.Increment(ref _replaysSkipped);
        AssetMetrics.ReplaysSkipped.Add(1);
    }

    /// <summary>The actor's asset changed and raised <paramref name="raised"/> (shard loop); the list is emptied.</summary>
    public void Changed(AssetActor actor, List<Anomaly> raised)
    {
        MarkDirty(actor);
        foreach (var anomaly in raised)
        {
            PublishAnomaly(anomaly);
            actor.Asset.Remember(anomaly, OpenGeneration);
        }

        raised.Clear();
    }

    /// <summary>Makes the actor's asset dormant (passivated, or failed and about to restart) (shard loop).</summary>
    public void Park(AssetActor actor)
    {
        actor.Retire();
        _active.TryRemove(actor.Key, out _);
        ParkState(actor.Asset, durable: !actor.IsDirty);
    }

    /// <summary>The actor is gone with its partition (shard loop); its last checkpoint holds what must survive.</summary>
    public void Forget(AssetActor actor)
    {
        actor.Retire();
        _active.TryRemove(actor.Key, out _);
    }

    /// <summary>Encodes every asset changed since the last capture and closes the open generation (shard loop).</summary>
    public CheckpointCapture Capture()
    {
        var changed = new List<AssetStateRecord>(_dirty.Count + _parkedDirty.Count);
        foreach (var actor in _dirty)
        {
            actor.IsDirty = false;
            if (!actor.Retired)
            {
                changed.Add(RecordOf(actor.Asset));
            }
        }

        _dirty.Clear();
        foreach (var parked in _parkedDirty)
        {
            changed.Add(parked.Record);
            // Written by this checkpoint; if the write fails the partition stops, and this node's memory with it.
            var assetId = parked.Record.AssetId;
            if (_dormant.TryGetValue(assetId, out var current) && ReferenceEquals(current, parked))
            {
                _dormant[assetId] = parked with { Durable = true };
            }
        }

        _parkedDirty.Clear();
        return new CheckpointCapture(changed, OpenGeneration++);
    }

    /// <summary>Marks the generation confirmed once <paramref name="delivered"/> completes successfully.</summary>
    public void ConfirmWhenDelivered(long generation, Task delivered) =>
        delivered.ContinueWith(
            static (task, state) =>
            {
                var (partition, generation) = ((AssetPartition, long))state!;
                if (!task.IsCompletedSuccessfully)
                {
                    return;
                }

                // Deliveries complete in order, so a later generation's confirmation covers the earlier ones; two
                // continuations may still run at once, so the confirmed generation only ever moves forward.
                long confirmed;
                while ((confirmed = Volatile.Read(ref partition._confirmedGeneration)) < generation
                       && Interlocked.CompareExchange(ref partition._confirmedGeneration, generation, confirmed) != confirmed)
                {
                }
            },
            (this, generation),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);

    /// <summary>Marks offline every asset, active or dormant, silent for longer than its cadence allows (shard loop).</summary>
    public void SweepHealth()
    {
        foreach (var actor in _active.Values)
        {
            var asset = actor.Asset;
            if (Clock.Now(asset.ReportsOn) is { } now && asset.CheckHealth(now) is { } offline)
            {
                MarkDirty(actor);
                PublishAnomaly(offline);
                asset.Remember(offline, OpenGeneration);
                AssetMetrics.WentOffline.Add(1);
            }
        }

        foreach (var parked in _dormant.Values)
        {
            var summary = parked.Summary;
            if (summary.Status == AssetStatus.Offline || summary.LastSeen is not { } lastSeen || Clock.Now(summary.ReportsOn) is not { } now
                || now < lastSeen + Model.Health.OfflineAfter(summary.ExpectedInterval))
            {
                continue;
            }

            // Restoring an entity is cheap (its detectors come back only when a reading needs them).
            var asset = Materialise(summary.Descriptor.AssetId, AssetSnapshotCodec.Decode(parked.Record.Snapshot));
            if (asset.CheckHealth(now) is { } offline)
            {
                PublishAnomaly(offline);
                asset.Remember(offline, OpenGeneration);
                ParkState(asset, durable: false);
                AssetMetrics.WentOffline.Add(1);
            }
        }
    }

    /// <summary>Listings of every asset the partition knows, active or dormant, taken in one step of the shard loop
    /// so that an asset changing between the two is listed once.</summary>
    public IReadOnlyList<AssetListing> ListAll() =>
        [.. _active.Values.Select(actor => ListingOf(actor.Asset)), .. _dormant.Values.Select(parked => ListingOf(parked.Summary))];

    /// <summary>
    /// The asset's full state as a snapshot, exactly what a restore would see, or null if the partition does not
    /// know it (shard loop).
    /// </summary>
    public AssetSnapshot? Describe(string assetId) =>
        _active.TryGetValue(assetId, out var actor) ? AssetSnapshotCodec.Decode(AssetSnapshotCodec.Encode(actor.Asset, _writer))
        : _dormant.TryGetValue(assetId, out var parked) ? AssetSnapshotCodec.Decode(parked.Record.Snapshot)
        : null;

    private static AssetListing ListingOf(AssetSummary summary) => new(
        summary.Descriptor.AssetId,
        summary.Descriptor.Kind,
        summary.Descriptor.Name,
        summary.Descriptor.Location,
        summary.Status,
        summary.LastSeen,
        summary.Observations,
        summary.Partition);

    private static AssetListing ListingOf(AssetEntity asset) => new(
        asset.Descriptor.AssetId,
        asset.Descriptor.Kind,
        asset.Descriptor.Name,
        asset.Descriptor.Location,
        asset.Status,
        asset.LastSeen,
        asset.Observations,
        asset.Partition);

    private void MarkDirty(AssetActor actor)
    {
        if (!actor.IsDirty)
        {
            actor.IsDirty = true;
            _dirty.Add(actor);
        }
    }

    private void ParkState(AssetEntity asset, bool durable)
    {
        var record = RecordOf(asset);
        var parked = new ParkedAsset(record, AssetSnapshotCodec.ReadSummary(record.Snapshot), durable);
        if (_dormant.TryGetValue(record.AssetId, out var replaced) && !replaced.Durable)
        {
            // Superseded before it was written: the newer state is the one to write.
            _parkedDirty.Remove(replaced);
        }

        _dormant[record.AssetId] = parked;
        if (!durable)
        {
            _parkedDirty.Add(parked);
        }
    }

    private AssetStateRecord RecordOf(AssetEntity asset)
    {
        asset.ForgetConfirmed(ConfirmedGeneration);
        var descriptor = asset.Descriptor;
        return new AssetStateRecord(
            descriptor.AssetId,
            Number,
            asset.Revision,
            descriptor.Kind,
            descriptor.Name,
            asset.Status,
            asset.LastSeen,
            descriptor.Location,
            asset.Observations,
            AssetSnapshotCodec.Encode(asset, _writer));
    }

    private void PublishAnomaly(Anomaly anomaly)
    {
        _publisher.Publish(
            CityTopics.Anomalies,
            AnomalyRouting.AreaKey(anomaly.Location),
            JsonSerializer.SerializeToUtf8Bytes(anomaly, ContractJson.Default.Anomaly),
            Deliveries);
        Interlocked.Increment(ref _anomaliesRaised);
    }
}
