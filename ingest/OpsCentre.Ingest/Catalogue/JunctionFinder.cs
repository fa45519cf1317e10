using OpsCentre.Contracts.Assets;
using OpsCentre.Ingest.Assets;

namespace OpsCentre.Ingest.Catalogue;

/// <summary>
/// Junctions are where journey links meet: link end points within a radius of each other are clustered, and a
/// cluster touched by two or more different links becomes a Junction asset at the cluster's centre.
/// </summary>
internal static class JunctionFinder
{
    public static IReadOnlyList<(AssetDescriptor Junction, IReadOnlyList<string> LinkIds)> Find(
        IReadOnlyList<BristolJourneyLink> links, double radiusMetres)
    {
        var clusters = new List<EndpointCluster>();
        foreach (var link in links)
        {
            var path = link.Asset.Path ?? [link.Asset.Location];
            AddEndpoint(clusters, path[0], link.Asset.AssetId, link.StartName, radiusMetres);
            AddEndpoint(clusters, path[^1], link.Asset.AssetId, link.EndName, radiusMetres);
        }

        var junctions = new List<(AssetDescriptor, IReadOnlyList<string>)>();
        foreach (var cluster in clusters.Where(c => c.LinkIds.Count >= 2))
        {
            var id = $"jct-{junctions.Count + 1:000}";
            var name = cluster.Names.GroupBy(n => n).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            var linkIds = cluster.LinkIds.Order(StringComparer.Ordinal).ToList();
            junctions.Add((new AssetDescriptor(id, AssetKind.Junction, $"Junction: {name}", Geo.GeoOffset.Rounded(cluster.Centre), RoadLinkId: linkIds[0]), linkIds));
        }

        return junctions;
    }

    private static void AddEndpoint(List<EndpointCluster> clusters, GeoPoint point, string linkId, string name, double radiusMetres)
    {
        var cluster = clusters.FirstOrDefault(c => c.Centre.DistanceMetresTo(point) <= radiusMetres);
        if (cluster is null)
        {
            cluster = new EndpointCluster();
            clusters.Add(cluster);
        }

        cluster.Add(point, linkId, name);
    }
}
