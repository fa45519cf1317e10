using System.Globalization;

namespace OpsCentre.Charts.Heatmap;

/// <summary>
/// A sequential colour ramp, pale yellow → orange → deep red (ColorBrewer YlOrRd), interpolated in RGB. Sequential
/// and monotone in lightness, so "more" reads as "darker" for colour-blind readers and in greyscale print.
/// </summary>
public static class ColourRamp
{
    private static readonly (byte R, byte G, byte B)[] Stops =
    [
        (0xff, 0xff, 0xcc), (0xfe, 0xd9, 0x76), (0xfd, 0x8d, 0x3c), (0xe3, 0x1a, 0x1c), (0x80, 0x00, 0x26),
    ];

    /// <param name="fraction">Position on the ramp; clamped to [0, 1].</param>
    public static string At(double fraction)
    {
        var t = double.IsNaN(fraction) ? 0 : Math.Clamp(fraction, 0, 1) * (Stops.Length - 1);
        var lower = Math.Min((int)Math.Floor(t), Stops.Length - 2);
        var local = t - lower;
        var (r0, g0, b0) = Stops[lower];
        var (r1, g1, b1) = Stops[lower + 1];
        return string.Create(CultureInfo.InvariantCulture, $"#{Mix(r0, r1, local):x2}{Mix(g0, g1, local):x2}{Mix(b0, b1, local):x2}");
    }

    private static int Mix(byte from, byte to, double t) => (int)Math.Round(from + (to - from) * t);
}
