namespace OpsCentre.Charts.TimeSeries;

/// <summary>
/// Reduces a long series to at most four points per pixel column (first, min, max, last), which draws the same
/// picture as the full series while keeping a 20,000-point chart's SVG small.
/// </summary>
public static class PolylineDecimator
{
    public static IReadOnlyList<(double X, double Y)> Decimate(IReadOnlyList<(double X, double Y)> points)
    {
        if (points.Count < 8)
        {
            return points;
        }

        var result = new List<(double X, double Y)>();
        var start = 0;
        while (start < points.Count)
        {
            var column = Math.Floor(points[start].X);
            var end = start;
            int minIndex = start, maxIndex = start;
            while (end + 1 < points.Count && Math.Floor(points[end + 1].X) == column)
            {
                end++;
                if (points[end].Y < points[minIndex].Y)
                {
                    minIndex = end;
                }

                if (points[end].Y > points[maxIndex].Y)
                {
                    maxIndex = end;
                }
            }

            foreach (var index in new SortedSet<int> { start, minIndex, maxIndex, end })
            {
                result.Add(points[index]);
            }

            start = end + 1;
        }

        return result;
    }
}
