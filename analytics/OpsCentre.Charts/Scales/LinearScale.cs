namespace OpsCentre.Charts.Scales;

/// <summary>Maps a numeric domain onto a pixel range (the range may be inverted, as y axes are).</summary>
public readonly record struct LinearScale(double DomainMin, double DomainMax, double RangeStart, double RangeEnd)
{
    public double Map(double value)
    {
        var span = DomainMax - DomainMin;
        var fraction = span == 0 ? 0.5 : (value - DomainMin) / span;
        return RangeStart + fraction * (RangeEnd - RangeStart);
    }

    /// <summary>
    /// A domain covering [min, max] padded by a small margin, widened to a unit span when the data is constant
    /// (a flat series would otherwise have a zero-width domain).
    /// </summary>
    public static (double Min, double Max) PaddedDomain(double min, double max, double padFraction = 0.05)
    {
        if (double.IsInfinity(min) || double.IsInfinity(max) || double.IsNaN(min) || double.IsNaN(max))
        {
            return (0, 1);
        }

        if (max - min < 1e-12)
        {
            return (min - 0.5, max + 0.5);
        }

        var pad = (max - min) * padFraction;
        return (min - pad, max + pad);
    }
}
