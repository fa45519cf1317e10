using OpsCentre.Contracts.Assets;

namespace OpsCentre.Incidents.Correlation;

/// <summary>
/// Road-link adjacency from the asset catalogue: a road link is its own link; any other asset belongs to the link
/// named by its <see cref="AssetDescriptor.RoadLinkId"/> (the camera watching it, a sensor beside it). Two links
/// adjoin when an end of one lies within the junction tolerance of an end of the other, which is how link paths meet
/// at junctions in the city's journey-link data.
/// </summary>
public sealed class RoadLinkGraph : IRoadNetwork
{
    /// <summary>Default 30 m: link ends surveyed at the same junction rarely differ by more.</summary>
    public const double DefaultJunctionToleranceMetres = 30;

    private readonly Dictionary<string, string> _linkOfAsset;
    private readonly Dictionary<string, HashSet<string>> _adjacent;

    private RoadLinkGraph(Dictionary<string, string> linkOfAsset, Dictionary<string, HashSet<string>> adjacent)
    {
        _linkOfAsset = linkOfAsset;
        _adjacent = adjacent;
    }

    public static RoadLinkGraph Empty { get; } = new([], []);

    public int LinkCount => _adjacent.Count;

    public static RoadLinkGraph Build(IEnumerable<AssetDescriptor> assets, double junctionToleranceMetres = DefaultJunctionToleranceMetres)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(junctionToleranceMetres);
        var all = assets.ToList();
        var linkOfAsset = new Dictionary<string, string>(StringComparer.Ordinal);
        var ends = new List<(string LinkId, GeoPoint Start, GeoPoint End)>();
        foreach (var asset in all)
        {
            if (asset.Kind == AssetKind.RoadLink)
            {
                linkOfAsset[asset.AssetId] = asset.AssetId;
                var path = asset.Path is { Count: > 0 } p ? p : [asset.Location];
                ends.Add((asset.AssetId, path[0], path[^1]));
            }
            else if (asset.RoadLinkId is { Length: > 0 } link)
            {
                linkOfAsset[asset.AssetId] = link;
            }
        }

        var adjacent = ends.ToDictionary(e => e.LinkId, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        for (var i = 0; i < ends.Count; i++)
        {
            for (var j = i + 1; j < ends.Count; j++)
            {
                if (Meet(ends[i], ends[j], junctionToleranceMetres))
                {
                    adjacent[ends[i].LinkId].Add(ends[j].LinkId);
                    adjacent[ends[j].LinkId].Add(ends[i].LinkId);
                }
            }
        }

        return new RoadLinkGraph(linkOfAsset, adjacent);
    }

    public bool AreConnected(string assetA, string assetB)
    {
        if (!_linkOfAsset.TryGetValue(assetA, out var linkA) || !_linkOfAsset.TryGetValue(assetB, out var linkB))
        {
            return false;
        }

        return linkA == linkB || (_adjacent.TryGetValue(linkA, out var next) && next.Contains(linkB));
    }

    private static bool Meet((string LinkId, GeoPoint Start, GeoPoint End) a, (string LinkId, GeoPoint Start, GeoPoint End) b, double tolerance) =>
        a.Start.DistanceMetresTo(b.Start) <= tolerance || a.Start.DistanceMetresTo(b.End) <= tolerance
        || a.End.DistanceMetresTo(b.Start) <= tolerance || a.End.DistanceMetresTo(b.End) <= tolerance;
}
