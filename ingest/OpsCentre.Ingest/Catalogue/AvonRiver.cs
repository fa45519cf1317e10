using OpsCentre.Contracts.Assets;

namespace OpsCentre.Ingest.Catalogue;

/// <summary>
/// The River Avon (and its Feeder/New Cut course) through central Bristol, upstream to downstream, as a coarse
/// polyline of named places. Approximate to within ~100 m: enough to put gauges on the water on the map.
/// </summary>
public static class AvonRiver
{
    public static IReadOnlyList<(string Name, GeoPoint Point)> Waypoints { get; } =
    [
        ("Netham Lock", new GeoPoint(51.4486, -2.5560)),
        ("St Philip's Marsh", new GeoPoint(51.4497, -2.5680)),
        ("Temple Meads", new GeoPoint(51.4490, -2.5810)),
        ("Bathurst Basin", new GeoPoint(51.4467, -2.5925)),
        ("Gaol Ferry", new GeoPoint(51.4455, -2.6010)),
        ("Ashton Avenue", new GeoPoint(51.4465, -2.6120)),
        ("Cumberland Basin", new GeoPoint(51.4480, -2.6220)),
    ];

    public static IReadOnlyList<GeoPoint> Path { get; } = [.. Waypoints.Select(w => w.Point)];

    public static string NearestPlace(GeoPoint point) =>
        Waypoints.MinBy(w => w.Point.DistanceMetresTo(point)).Name;
}
