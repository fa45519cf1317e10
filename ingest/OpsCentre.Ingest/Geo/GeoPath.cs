using OpsCentre.Contracts.Assets;

namespace OpsCentre.Ingest.Geo;

/// <summary>Measurements along a polyline (a road link or the river): length, a point part-way along, distance to it.</summary>
public static class GeoPath
{
    public static double LengthMetres(IReadOnlyList<GeoPoint> path)
    {
        var total = 0.0;
        for (var i = 1; i < path.Count; i++)
        {
            total += path[i - 1].DistanceMetresTo(path[i]);
        }

        return total;
    }

    /// <summary>The point at <paramref name="fraction"/> (0 = start, 1 = end) of the way along the path by distance.</summary>
    public static GeoPoint PointAt(IReadOnlyList<GeoPoint> path, double fraction)
    {
        if (path.Count == 0)
        {
            throw new ArgumentException("a path needs at least one point", nameof(path));
        }

        var target = Math.Clamp(fraction, 0, 1) * LengthMetres(path);
        for (var i = 1; i < path.Count; i++)
        {
            var segment = path[i - 1].DistanceMetresTo(path[i]);
            if (target <= segment && segment > 0)
            {
                var t = target / segment;
                return new GeoPoint(
                    path[i - 1].Lat + ((path[i].Lat - path[i - 1].Lat) * t),
                    path[i - 1].Lon + ((path[i].Lon - path[i - 1].Lon) * t));
            }

            target -= segment;
        }

        return path[^1];
    }

    /// <summary>Compass bearing of the path around <paramref name="fraction"/>, for placing things beside it.</summary>
    public static double BearingAt(IReadOnlyList<GeoPoint> path, double fraction)
    {
        if (path.Count < 2)
        {
            return 0;
        }

        var before = PointAt(path, Math.Max(0, fraction - 0.01));
        var after = PointAt(path, Math.Min(1, fraction + 0.01));
        var (north, east) = GeoOffset.Between(before, after);
        return (Math.Atan2(east, north) * 180 / Math.PI + 360) % 360;
    }

    /// <summary>Shortest distance from a point to the polyline, in metres (local flat approximation).</summary>
    public static double DistanceMetres(GeoPoint point, IReadOnlyList<GeoPoint> path)
    {
        if (path.Count == 1)
        {
            return point.DistanceMetresTo(path[0]);
        }

        var best = double.MaxValue;
        for (var i = 1; i < path.Count; i++)
        {
            var (aN, aE) = GeoOffset.Between(point, path[i - 1]);
            var (bN, bE) = GeoOffset.Between(point, path[i]);
            var dN = bN - aN;
            var dE = bE - aE;
            var lengthSquared = (dN * dN) + (dE * dE);
            var t = lengthSquared == 0 ? 0 : Math.Clamp(-((aN * dN) + (aE * dE)) / lengthSquared, 0, 1);
            var n = aN + (t * dN);
            var e = aE + (t * dE);
            best = Math.Min(best, Math.Sqrt((n * n) + (e * e)));
        }

        return best;
    }
}
