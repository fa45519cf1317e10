using OpsCentre.Assets.Hosting;
using OpsCentre.Assets.Snapshots;

namespace OpsCentre.Assets.Persistence;

/// <summary>
/// What a restore found for a partition: per asset the newest snapshot of the store's and the changelog's (the higher
/// revision wins, whoever wrote it). A snapshot found only, or newer, on the changelog is not yet in this node's
/// store, so the first checkpoint writes it there.
/// </summary>
internal sealed record PartitionRestore(IReadOnlyList<ParkedAsset> Assets, int FromStore, int FromChangelog, int Unreadable)
{
    public static PartitionRestore Merge(int partition, IEnumerable<StoredAsset> stored, IEnumerable<StoredAsset> logged)
    {
        var newest = new Dictionary<string, ParkedAsset>(StringComparer.Ordinal);
        var unreadable = 0;
        foreach (var (source, durable) in new[] { (stored, true), (logged, false) })
        {
            foreach (var asset in source)
            {
                if (Parked(partition, asset, durable) is not { } parked)
                {
                    unreadable++;
                }
                else if (!newest.TryGetValue(asset.AssetId, out var known) || parked.Summary.Revision > known.Summary.Revision)
                {
                    newest[asset.AssetId] = parked;
                }
            }
        }

        var fromStore = newest.Values.Count(p => p.Durable);
        return new PartitionRestore([.. newest.Values], fromStore, newest.Count - fromStore, unreadable);
    }

    private static ParkedAsset? Parked(int partition, StoredAsset asset, bool durable)
    {
        AssetSummary summary;
        try
        {
            summary = AssetSnapshotCodec.ReadSummary(asset.Snapshot);
        }
        catch (InvalidDataException)
        {
            return null;
        }

        if (summary.Partition != partition || summary.Descriptor.AssetId != asset.AssetId)
        {
            return null;
        }

        var descriptor = summary.Descriptor;
        var record = new AssetStateRecord(
            descriptor.AssetId, partition, summary.Revision, descriptor.Kind, descriptor.Name, summary.Status,
            summary.LastSeen, descriptor.Location, summary.Observations, asset.Snapshot);
        return new ParkedAsset(record, summary, durable);
    }
}
