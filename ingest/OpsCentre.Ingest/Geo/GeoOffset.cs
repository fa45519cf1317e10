using OpsCentre.Contracts.Assets;

namespace OpsCentre.Ingest.Geo;

/// <summary>
/// Moves a point by metres on a local flat approximation of the earth, which is well within a metre over the few
/// hundred metres assets are placed from a road.
/// </summary>
public static class GeoOffset
{
    private const double MetresPerDegreeLat = 111_320;

    public static GeoPoint By(GeoPoint origin, double northMetres, double eastMetres)
    {
        var metresPerDegreeLon = MetresPerDegreeLat * Math.Cos(origin.Lat * Math.PI / 180);
        return new GeoPoint(origin.Lat + (northMetres / MetresPerDegreeLat), origin.Lon + (eastMetres / metresPerDegreeLon));
    }

    /// <summary>The point <paramref name="metres"/> away on compass bearing <paramref name="bearingDegrees"/> (0 = north).</summary>
    public static GeoPoint Towards(GeoPoint origin, double bearingDegrees, double metres)
    {
        var radians = bearingDegrees * Math.PI / 180;
        return By(origin, metres * Math.Cos(radians), metres * Math.Sin(radians));
    }

    /// <summary>(north, east) metres from <paramref name="origin"/> to <paramref name="target"/>.</summary>
    public static (double North, double East) Between(GeoPoint origin, GeoPoint target)
    {
        var metresPerDegreeLon = MetresPerDegreeLat * Math.Cos(origin.Lat * Math.PI / 180);
        return ((target.Lat - origin.Lat) * MetresPerDegreeLat, (target.Lon - origin.Lon) * metresPerDegreeLon);
    }

    /// <summary>Coordinates rounded to 7 decimals (about 1 cm) so generated files stay readable and stable.</summary>
    public static GeoPoint Rounded(GeoPoint point) => new(Math.Round(point.Lat, 7), Math.Round(point.Lon, 7));
}
