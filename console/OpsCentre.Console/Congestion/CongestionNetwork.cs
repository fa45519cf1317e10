using OpsCentre.Congestion.Network;
using OpsCentre.Contracts.Assets;
using OpsCentre.Ingest.Catalogue;
using LinkPoint = OpsCentre.Congestion.Geometry.GeoPoint;

namespace OpsCentre.Console.Congestion;

/// <summary>
/// The city's road links as the congestion library sees them: id, name, directed geometry and surveyed length from
/// the catalogue, stitched into a <see cref="RoadNetwork"/> (which link feeds which) for bottleneck detection.
/// </summary>
public sealed class CongestionNetwork
{
    public CongestionNetwork(CityCatalogue catalogue)
    {
        var links = catalogue.OfKind(AssetKind.RoadLink)
            .Where(a => a.Path is { Count: >= 2 })
            .Select(a => new RoadLink(a.AssetId, a.Name, [.. a.Path!.Select(p => new LinkPoint(p.Lat, p.Lon))], a.LengthMetres is > 0 ? a.LengthMetres : null))
            .ToList();
        Network = RoadNetwork.Build(links);
        Links = [.. links.OrderBy(l => l.Id, StringComparer.Ordinal)];
    }

    public RoadNetwork Network { get; }

    /// <summary>Every road link, ordered by id (the order of tables, exports and NGSI-LD pages).</summary>
    public IReadOnlyList<RoadLink> Links { get; }

    public bool TryGet(string linkId, out RoadLink link) => Network.TryGetLink(linkId, out link);
}
