using OpsCentre.Actors.Persistence;
using OpsCentre.Assets.Snapshots;

namespace OpsCentre.Assets.Hosting;

/// <summary>
/// The state store the entity host reads an asset from when it activates it: the partition's dormant snapshot, if
/// any. Writes never come through here (assets never assign their <c>IPersistentState</c>): the partition's
/// checkpoint writes every changed asset in one transaction with the offsets' fate tied to it.
/// </summary>
internal sealed class DormantAssetStore(AssetPartition partition) : IEntityStateStore<AssetSnapshot?>
{
    public ValueTask<StoredEntityState<AssetSnapshot?>?> ReadAsync(string entityKey, CancellationToken cancellationToken)
    {
        if (!partition.TryGetDormant(entityKey, out var parked))
        {
            return ValueTask.FromResult<StoredEntityState<AssetSnapshot?>?>(null);
        }

        var snapshot = AssetSnapshotCodec.Decode(parked.Record.Snapshot);
        return ValueTask.FromResult<StoredEntityState<AssetSnapshot?>?>(new StoredEntityState<AssetSnapshot?>(snapshot, Math.Max(1, parked.Record.Revision)));
    }

    public ValueTask<long> WriteAsync(string entityKey, AssetSnapshot? state, long expectedVersion, CancellationToken cancellationToken) =>
        throw new NotSupportedException("asset state is written by its partition's checkpoint, not per entity");

    public ValueTask ClearAsync(string entityKey, long expectedVersion, CancellationToken cancellationToken) =>
        throw new NotSupportedException("asset state is written by its partition's checkpoint, not per entity");
}
