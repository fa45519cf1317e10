using OpsCentre.Actors.Entities;
using OpsCentre.Assets.Snapshots;
using OpsCentre.Assets.State;
using OpsCentre.Contracts.Operations;

namespace OpsCentre.Assets.Hosting;

/// <summary>
/// An asset as an entity of the actor layer: activated on its first message from its snapshot (or fresh from the
/// catalogue), handed its readings in order, passivated when idle, restarted by its supervisor when a detector
/// throws. Its state is written by the partition's checkpoint, never by the entity itself: one transaction per
/// checkpoint covers every asset that changed, which is what lets the consumer commit the offsets behind them.
/// </summary>
internal sealed class AssetActor(EntityContext<AssetSnapshot?> context, AssetPartition partition)
    : Entity<AssetSnapshot?, AssetCommand>(context)
{
    private readonly List<Anomaly> _raised = [];

    public AssetEntity Asset { get; private set; } = null!;

    /// <summary>Changed since the partition's last capture (shard loop).</summary>
    public bool IsDirty { get; set; }

    /// <summary>Passivated, failed or stopped: a newer actor (or a dormant snapshot) holds the asset now.</summary>
    public bool Retired { get; private set; }

    public void Retire() => Retired = true;

    protected override ValueTask ActivateAsync(CancellationToken cancellationToken)
    {
        Asset = partition.Materialise(Key, State.Value);
        partition.Activated(this);
        return ValueTask.CompletedTask;
    }

    protected override ValueTask ReceiveAsync(AssetCommand command, CancellationToken cancellationToken)
    {
        if (command is { Reading: { } reading, Source: { } source })
        {
            // A record Kafka replays after a crash may already be in the restored state: apply it once only.
            if (Asset.HasApplied(source.Topic, source.Offset.Value))
            {
                partition.SkippedReplay();
            }
            else
            {
                Asset.Observe(reading, source.Topic, source.Offset.Value, _raised);
                partition.Clock.Observe(source.Topic, reading.ObservedAt);
                partition.Changed(this, _raised);
            }
        }
        else
        {
            throw new InvalidOperationException($"asset {Key} cannot handle {command}");
        }

        return ValueTask.CompletedTask;
    }

    protected override ValueTask OnPassivateAsync(CancellationToken cancellationToken)
    {
        partition.Park(this);
        return ValueTask.CompletedTask;
    }

    protected override ValueTask OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (reason == DeactivationReason.Failed)
        {
            // A detector threw before the reading was applied (see AssetEntity.Observe), so the state is sound:
            // park it for the restarted actor, whose detectors are rebuilt without the poison reading.
            partition.Park(this);
        }
        else
        {
            partition.Forget(this);
        }

        return ValueTask.CompletedTask;
    }
}
