namespace OpsCentre.Congestion.Bottlenecks;

/// <summary>
/// PeMS-style bottleneck rules. PeMS flags a freeway bottleneck between two detectors when the upstream one is below
/// 40 mph and the downstream one is at least 20 mph faster, for 5 of 7 consecutive 5-minute samples. Urban links have
/// no single "slow" speed, so the upstream test here is relative to the link's own free flow (40 mph on a 65 mph
/// freeway is about 0.6 of free flow). Readings missing on either link do not count for or against, so sparse
/// sources (Bluetooth matching) are judged on the intervals they do have.
/// </summary>
public sealed record BottleneckOptions
{
    /// <summary>Downstream must be at least this much faster than upstream. Default 20 km/h (PeMS: 20 mph). Range (0, 200].</summary>
    public double MinimumSpeedDropKmh { get; init; } = 20;

    /// <summary>Upstream must be below this fraction of its free-flow speed. Default 0.65. Range (0, 1].</summary>
    public double UpstreamSlowFraction { get; init; } = 0.65;

    /// <summary>Reading interval both links are aligned on. Default 5 minutes. Range [1 minute, 1 hour].</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Length of the persistence window in intervals. Default 7 (35 minutes). Range [1, 288].</summary>
    public int WindowIntervals { get; init; } = 7;

    /// <summary>Share of the observed intervals in the window that must meet the rules. Default 5/7. Range (0, 1].</summary>
    public double MinimumActiveFraction { get; init; } = 5.0 / 7.0;

    /// <summary>Intervals in the window with readings on both links before any verdict. Default 3. Range [1, WindowIntervals].</summary>
    public int MinimumObservedIntervals { get; init; } = 3;

    public void Validate()
    {
        if (!(MinimumSpeedDropKmh > 0 && MinimumSpeedDropKmh <= 200))
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumSpeedDropKmh), MinimumSpeedDropKmh, "Minimum speed drop must be within (0, 200] km/h.");
        }

        if (!(UpstreamSlowFraction > 0 && UpstreamSlowFraction <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(UpstreamSlowFraction), UpstreamSlowFraction, "Upstream slow fraction must be within (0, 1].");
        }

        if (Interval < TimeSpan.FromMinutes(1) || Interval > TimeSpan.FromHours(1))
        {
            throw new ArgumentOutOfRangeException(nameof(Interval), Interval, "Reading interval must be within [1 minute, 1 hour].");
        }
        if (WindowIntervals is < 1 or > 288)
        {
            throw new ArgumentOutOfRangeException(nameof(WindowIntervals), WindowIntervals, "Window must be within [1, 288] intervals.");
        }

        if (!(MinimumActiveFraction > 0 && MinimumActiveFraction <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumActiveFraction), MinimumActiveFraction, "Minimum active fraction must be within (0, 1].");
        }

        if (MinimumObservedIntervals < 1 || MinimumObservedIntervals > WindowIntervals)
        {
            throw new ArgumentOutOfRangeException(
                nameof(MinimumObservedIntervals), MinimumObservedIntervals, $"Minimum observed intervals must be within [1, {WindowIntervals}] (the window).");
        }
    }
}
