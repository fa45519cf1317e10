using OpsCentre.Congestion.Geometry;

namespace OpsCentre.Congestion.Network;

/// <summary>
/// Directed links and which link feeds which, inferred from geometry alone: the end of one link near the start of
/// another. Start points are bucketed in a metric grid whose cell is the tolerance, so building is O(links) rather than
/// comparing every pair (the Bristol layer alone has hundreds of links).
/// </summary>
public sealed class RoadNetwork
{
    private readonly Dictionary<string, RoadLink> _links;
    private readonly Dictionary<string, List<LinkConnection>> _downstream;
    private readonly Dictionary<string, List<LinkConnection>> _upstream;

    private RoadNetwork(
        Dictionary<string, RoadLink> links,
        IReadOnlyList<LinkConnection> connections,
        RoadNetworkOptions options)
    {
        _links = links;
        Connections = connections;
        Options = options;
        _downstream = connections.GroupBy(c => c.UpstreamLinkId).ToDictionary(g => g.Key, g => g.ToList());
        _upstream = connections.GroupBy(c => c.DownstreamLinkId).ToDictionary(g => g.Key, g => g.ToList());
    }

    public RoadNetworkOptions Options { get; }

    public IReadOnlyCollection<RoadLink> Links => _links.Values;

    public IReadOnlyList<LinkConnection> Connections { get; }

    public static RoadNetwork Build(IEnumerable<RoadLink> links, RoadNetworkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(links);
        options ??= new RoadNetworkOptions();
        options.Validate();

        var byId = new Dictionary<string, RoadLink>(StringComparer.Ordinal);
        foreach (var link in links)
        {
            if (!byId.TryAdd(link.Id, link))
            {
                throw new ArgumentException($"Link id '{link.Id}' appears more than once.", nameof(links));
            }
        }

        return new RoadNetwork(byId, Connect(byId.Values.ToList(), options), options);
    }

    public bool TryGetLink(string linkId, out RoadLink link) => _links.TryGetValue(linkId, out link!);

    public RoadLink this[string linkId] =>
        _links.TryGetValue(linkId, out var link) ? link : throw new KeyNotFoundException($"No link '{linkId}' in the network.");

    public IReadOnlyList<LinkConnection> DownstreamOf(string linkId) =>
        _downstream.TryGetValue(linkId, out var list) ? list : [];

    public IReadOnlyList<LinkConnection> UpstreamOf(string linkId) =>
        _upstream.TryGetValue(linkId, out var list) ? list : [];

    private static List<LinkConnection> Connect(List<RoadLink> links, RoadNetworkOptions options)
    {
        var connections = new List<LinkConnection>();
        if (links.Count == 0)
        {
            return connections;
        }

        // Scaling longitude at the latitude farthest from the equator makes every cell at least the tolerance wide in
        // true metres, so searching the 3x3 neighbourhood can never miss a start point within tolerance.
        var grid = new MetricGrid(links.Max(l => Math.Abs(l.Start.Latitude)), options.ConnectionToleranceMeters);
        var startsByCell = new Dictionary<(long, long), List<RoadLink>>();
        foreach (var link in links)
        {
            var cell = grid.CellOf(link.Start);
            if (!startsByCell.TryGetValue(cell, out var bucket))
            {
                startsByCell[cell] = bucket = [];
            }

            bucket.Add(link);
        }

        foreach (var upstream in links)
        {
            var (row, col) = grid.CellOf(upstream.End);
            for (var dr = -1; dr <= 1; dr++)
            {
                for (var dc = -1; dc <= 1; dc++)
                {
                    if (!startsByCell.TryGetValue((row + dr, col + dc), out var candidates))
                    {
                        continue;
                    }

                    foreach (var downstream in candidates)
                    {
                        if (ReferenceEquals(downstream, upstream))
                        {
                            continue;
                        }

                        var gap = upstream.End.DistanceMetersTo(downstream.Start);
                        if (gap > options.ConnectionToleranceMeters)
                        {
                            continue;
                        }

                        if (options.IgnoreReverseCarriageway
                            && downstream.End.DistanceMetersTo(upstream.Start) <= options.ConnectionToleranceMeters)
                        {
                            continue;
                        }

                        connections.Add(new LinkConnection(upstream.Id, downstream.Id, gap));
                    }
                }
            }
        }

        connections.Sort((a, b) =>
        {
            var byUpstream = string.CompareOrdinal(a.UpstreamLinkId, b.UpstreamLinkId);
            return byUpstream != 0 ? byUpstream : string.CompareOrdinal(a.DownstreamLinkId, b.DownstreamLinkId);
        });
        return connections;
    }

    /// <summary>Equirectangular projection at a reference latitude, cut into square cells.</summary>
    private sealed class MetricGrid(double referenceLatitude, double cellMeters)
    {
        private readonly double _metersPerDegreeLongitude =
            GeoPoint.MetersPerDegreeLatitude * Math.Cos(GeoPoint.DegreesToRadians(referenceLatitude));

        public (long Row, long Col) CellOf(GeoPoint point) =>
            ((long)Math.Floor(point.Latitude * GeoPoint.MetersPerDegreeLatitude / cellMeters),
             (long)Math.Floor(point.Longitude * _metersPerDegreeLongitude / cellMeters));
    }
}
