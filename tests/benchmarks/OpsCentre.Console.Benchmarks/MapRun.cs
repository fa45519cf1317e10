namespace OpsCentre.Console.Benchmarks;

/// <summary>One measured run: layer build and status updates in ms, and the frame durations while moving the map.</summary>
public sealed record MapRun(double LoadMs, double OneUpdateMs, double TenthUpdateMs, IReadOnlyList<double> Frames)
{
    public double Percentile(double p)
    {
        var sorted = Frames.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    /// <summary>Frames over 50 ms: long enough to be seen as a stutter.</summary>
    public int LongFrames => Frames.Count(f => f > 50);
}
