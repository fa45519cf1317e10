using OpsCentre.Congestion.Geometry;

namespace OpsCentre.Congestion.Network;

/// <summary>
/// A directed road link: traffic flows from the first point of <see cref="Polyline"/> to the last.
/// Works for any source of link geometry (Aarhus segment end points, Bristol journey-link polylines, ...).
/// </summary>
public sealed record RoadLink
{
    public RoadLink(string id, string name, IReadOnlyList<GeoPoint> polyline, double? lengthMeters = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(polyline);
        if (polyline.Count < 2)
        {
            throw new ArgumentException($"Link '{id}' needs at least two points, got {polyline.Count}.", nameof(polyline));
        }

        var length = lengthMeters ?? MeasureLength(polyline);
        if (!double.IsFinite(length) || length <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(lengthMeters), length, $"Link '{id}' must have a positive length.");
        }

        Id = id;
        Name = name;
        Polyline = polyline.ToArray();
        LengthMeters = length;
    }

    public string Id { get; }

    public string Name { get; }

    public IReadOnlyList<GeoPoint> Polyline { get; }

    /// <summary>The surveyed length when the source gives one, otherwise the length of the polyline.</summary>
    public double LengthMeters { get; }

    public GeoPoint Start => Polyline[0];

    public GeoPoint End => Polyline[^1];

    private static double MeasureLength(IReadOnlyList<GeoPoint> polyline)
    {
        var total = 0.0;
        for (var i = 1; i < polyline.Count; i++)
        {
            total += polyline[i - 1].DistanceMetersTo(polyline[i]);
        }

        return total;
    }
}
