namespace OpsCentre.Charts.Scales;

/// <summary>Axis tick positions at "nice" steps (1, 2 or 5 times a power of ten).</summary>
public static class NiceTicks
{
    public static IReadOnlyList<double> For(double min, double max, int desiredCount = 5)
    {
        if (!(max > min) || desiredCount < 1)
        {
            return [min];
        }

        var rawStep = (max - min) / desiredCount;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rawStep)));
        var normalised = rawStep / magnitude;
        var step = normalised switch
        {
            < 1.5 => 1,
            < 3 => 2,
            < 7 => 5,
            _ => 10,
        } * magnitude;

        var ticks = new List<double>();
        for (var tick = Math.Ceiling(min / step) * step; tick <= max + step * 1e-9; tick += step)
        {
            ticks.Add(Math.Abs(tick) < step * 1e-9 ? 0 : tick);
        }

        return ticks;
    }
}
