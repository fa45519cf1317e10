using OpsCentre.Actors.Entities;
using OpsCentre.Assets.Persistence;
using OpsCentre.Assets.Snapshots;

namespace OpsCentre.Assets.Hosting;

/// <summary>
/// The partition's own entity, living on the same shard loop as its assets. A request sent to it is handled after
/// every reading sent before it, on the thread that owns the assets, which makes it the place to capture a
/// checkpoint, sweep for silent assets, and list or describe assets consistently. It keeps no state of its own.
/// </summary>
internal sealed class PartitionLedger(EntityContext<AssetSnapshot?> context, AssetPartition partition)
    : Entity<AssetSnapshot?, AssetCommand>(context)
{
    protected override ValueTask ReceiveAsync(AssetCommand command, CancellationToken cancellationToken)
    {
        switch (command.Request)
        {
            case ShardRequest<CheckpointCapture> checkpoint:
                checkpoint.Run(partition.Capture);
                break;
            case ShardRequest<IReadOnlyList<AssetListing>> listing:
                listing.Run(partition.ListAll);
                break;
            case AssetDescription description:
                description.Reply.Run(() => partition.Describe(description.AssetId));
                break;
            case HealthSweep:
                partition.SweepHealth();
                break;
            default:
                throw new InvalidOperationException($"the partition ledger cannot handle {command}");
        }

        return ValueTask.CompletedTask;
    }

    protected override ValueTask OnPassivateAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

    protected override ValueTask OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
