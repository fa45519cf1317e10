using System.Collections.Concurrent;
using OpsCentre.Assets.State;

namespace OpsCentre.Assets.Shards;

/// <summary>
/// Which active assets this node hosts, by shard, for the console's asset views. Shards register their entities
/// here; reads take a consistent-enough snapshot (entities are mutated by their shard's thread only).
/// </summary>
public sealed class AssetRegistry
{
    private readonly ConcurrentDictionary<int, ConcurrentDictionary<string, AssetEntity>> _byShard = new();

    public void Activated(int partition, AssetEntity asset) =>
        _byShard.GetOrAdd(partition, _ => new ConcurrentDictionary<string, AssetEntity>(StringComparer.Ordinal))[asset.Descriptor.AssetId] = asset;

    public void Released(int partition) => _byShard.TryRemove(partition, out _);

    public bool TryGet(string assetId, out AssetEntity? asset)
    {
        foreach (var shard in _byShard.Values)
        {
            if (shard.TryGetValue(assetId, out asset))
            {
                return true;
            }
        }

        asset = null;
        return false;
    }

    public IEnumerable<AssetEntity> All => _byShard.Values.SelectMany(s => s.Values);

    public int Count => _byShard.Values.Sum(s => s.Count);

    public IReadOnlyCollection<int> Shards => [.. _byShard.Keys];
}
