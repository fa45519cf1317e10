namespace OpsCentre.Assets.Persistence;

/// <summary>
/// Durable asset state, one row per asset, written a partition's checkpoint at a time. SQLite for one node,
/// PostgreSQL when several nodes share it.
/// </summary>
/// <remarks>
/// Contract every implementation keeps:
/// <list type="bullet">
/// <item>A claim bumps the partition's epoch; a write carries the writer's epoch and changes nothing (throwing
/// <see cref="PartitionFencedException"/>) unless it is still the current one. A node that lost a partition but
/// has not noticed yet can no longer overwrite the new owner's state.</item>
/// <item>A write is one transaction: every asset of the checkpoint or none.</item>
/// <item>A row is replaced only by a strictly higher revision, so writing an older snapshot again is a no-op.</item>
/// <item>A completed write is durable: the partition's offsets are committed only after it.</item>
/// </list>
/// </remarks>
public interface IAssetStateStore
{
    /// <summary>Takes the partition over for <paramref name="owner"/>; returns the new epoch.</summary>
    Task<long> ClaimPartitionAsync(int partition, string owner, CancellationToken cancellationToken);

    /// <summary>Every stored asset whose readings arrive on <paramref name="partition"/>.</summary>
    Task<IReadOnlyList<StoredAsset>> LoadPartitionAsync(int partition, CancellationToken cancellationToken);

    /// <summary>Writes a checkpoint's changed assets in one transaction, if <paramref name="epoch"/> is current.</summary>
    /// <exception cref="PartitionFencedException">Another node claimed the partition since.</exception>
    Task WriteAsync(int partition, long epoch, IReadOnlyCollection<AssetStateRecord> assets, CancellationToken cancellationToken);

    Task<StoredAsset?> ReadAsync(string assetId, CancellationToken cancellationToken);

    /// <summary>Every stored asset's listing columns (no snapshots), ordered by id.</summary>
    Task<IReadOnlyList<AssetListing>> ListAsync(CancellationToken cancellationToken);
}
