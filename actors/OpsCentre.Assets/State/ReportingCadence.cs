namespace OpsCentre.Assets.State;

/// <summary>
/// How often an asset reports, learnt from its own readings: the median of its last few positive gaps between
/// observation times. A median rather than a moving average, so one outage does not teach the asset that long
/// silences are normal (which would postpone the next offline verdict by as much).
/// </summary>
public sealed class ReportingCadence
{
    /// <summary>Gaps kept. Odd, so the median is one of them.</summary>
    public const int GapsKept = 7;

    private readonly long[] _gaps = new long[GapsKept];
    private int _next;

    public int Count { get; private set; }

    /// <summary>The usual gap between reports, or null before the asset has reported twice.</summary>
    public TimeSpan? Expected
    {
        get
        {
            if (Count == 0)
            {
                return null;
            }

            Span<long> sorted = stackalloc long[GapsKept];
            var kept = sorted[..Count];
            _gaps.AsSpan(0, Count).CopyTo(kept);
            kept.Sort();
            return TimeSpan.FromTicks(kept[Count / 2]);
        }
    }

    /// <summary>Gaps in the order they were seen, oldest first (for snapshots).</summary>
    public IReadOnlyList<TimeSpan> Gaps
    {
        get
        {
            var result = new TimeSpan[Count];
            for (var i = 0; i < Count; i++)
            {
                result[i] = TimeSpan.FromTicks(_gaps[(_next - Count + i + GapsKept) % GapsKept]);
            }

            return result;
        }
    }

    /// <summary>Learns the gap between two successive observation times; zero or negative gaps (several
    /// quantities in one report, or a late message) say nothing about the cadence and are ignored.</summary>
    public void Learn(TimeSpan gap)
    {
        if (gap <= TimeSpan.Zero)
        {
            return;
        }

        _gaps[_next] = gap.Ticks;
        _next = (_next + 1) % GapsKept;
        Count = Math.Min(Count + 1, GapsKept);
    }
}
