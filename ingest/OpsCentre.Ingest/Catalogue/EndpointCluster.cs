using OpsCentre.Contracts.Assets;

namespace OpsCentre.Ingest.Catalogue;

/// <summary>Link end points that lie together: their running centre, the links they belong to and the site names used there.</summary>
internal sealed class EndpointCluster
{
    private double _latSum;
    private double _lonSum;
    private int _points;

    public HashSet<string> LinkIds { get; } = new(StringComparer.Ordinal);

    public List<string> Names { get; } = [];

    public GeoPoint Centre => new(_latSum / _points, _lonSum / _points);

    public void Add(GeoPoint point, string linkId, string name)
    {
        _latSum += point.Lat;
        _lonSum += point.Lon;
        _points++;
        LinkIds.Add(linkId);
        Names.Add(name);
    }
}
