using OpsCentre.Contracts.Assets;

namespace OpsCentre.Alerts.Cap;

/// <summary>The area an info block applies to. Each polygon is a closed ring: at least four points, first = last.</summary>
public sealed record CapArea(
    string AreaDesc,
    IReadOnlyList<IReadOnlyList<GeoPoint>>? Polygons = null,
    IReadOnlyList<CapCircle>? Circles = null,
    IReadOnlyList<CapNamedValue>? Geocodes = null)
{
    /// <summary>A point to stand for the area: the first circle's centre, else the first polygon's vertex mean.</summary>
    public GeoPoint? Centre =>
        Circles is { Count: > 0 } circles ? circles[0].Centre
        : Polygons is { Count: > 0 } polygons && polygons[0].Count > 1
            ? new GeoPoint(polygons[0].Skip(1).Average(p => p.Lat), polygons[0].Skip(1).Average(p => p.Lon))
            : null;
}
