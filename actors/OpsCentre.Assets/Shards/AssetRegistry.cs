using System.Collections.Concurrent;
using OpsCentre.Assets.Persistence;
using OpsCentre.Assets.Snapshots;

namespace OpsCentre.Assets.Shards;

/// <summary>Which partitions, and so which assets, this node hosts right now; the console reads assets through it.</summary>
public sealed class AssetRegistry
{
    private readonly ConcurrentDictionary<int, AssetShard> _shards = new();

    public IReadOnlyCollection<int> Partitions => [.. _shards.Keys.Order()];

    /// <summary>Assets hosted here, active or dormant.</summary>
    public int Count => _shards.Values.Sum(s => s.Assets.ActiveCount + s.Assets.DormantCount);

    /// <summary>Assets active here (entities with their detectors in memory).</summary>
    public int ActiveCount => _shards.Values.Sum(s => s.Assets.ActiveCount);

    public long AnomaliesRaised => _shards.Values.Sum(s => s.Assets.AnomaliesRaised);

    /// <summary>Records replayed to the partitions hosted here that their assets had already applied.</summary>
    public long ReplaysSkipped => _shards.Values.Sum(s => s.Assets.ReplaysSkipped);

    public async Task<IReadOnlyList<AssetListing>> ListAsync(CancellationToken cancellationToken)
    {
        var perShard = await Task.WhenAll(_shards.Values.Select(s => s.ListAsync(cancellationToken))).ConfigureAwait(false);
        return [.. perShard.SelectMany(listings => listings)];
    }

    /// <summary>
    /// The asset's live state if this node hosts it, as of after every record its partition processed before the
    /// call; null otherwise. Every hosted partition is asked: only the consumer knows which one a key maps to.
    /// </summary>
    public async Task<AssetSnapshot?> DescribeAsync(string assetId, CancellationToken cancellationToken)
    {
        var answers = await Task.WhenAll(_shards.Values.Select(s => s.DescribeAsync(assetId, cancellationToken))).ConfigureAwait(false);
        return answers.FirstOrDefault(a => a is not null);
    }

    internal void Hosted(AssetShard shard) => _shards[shard.Partition] = shard;

    internal void Released(AssetShard shard) => _shards.TryRemove(new KeyValuePair<int, AssetShard>(shard.Partition, shard));
}
