using OpsCentre.Detection.Primitives;

namespace OpsCentre.Detection.Ensemble;

/// <summary>
/// How far each reading moves the ensemble's memory on: the time since the previous reading, but at most the
/// stream's typical interval (the median of its recent intervals). Counting in time rather than in readings makes
/// a stream that reports every 30 minutes forget a past event in the same days as one that reports every 5
/// minutes; the cap keeps a gap in the data (a sensor offline for days) from counting as days of quiet
/// observation. A reading that repeats a timestamp or goes back in time moves the clock by nothing.
/// </summary>
internal sealed class ForgettingClock
{
    /// <summary>Enough intervals for a stable median, few enough to follow a change of reporting rate within hours.</summary>
    private const int IntervalHistory = 32;

    private readonly IntervalWindow _intervals = new(IntervalHistory);
    private DateTime? _previous;

    /// <summary>The time this reading counts for, given its timestamp.</summary>
    public TimeSpan Advance(DateTime timestamp)
    {
        var elapsed = _previous is { } previous ? timestamp - previous : TimeSpan.Zero;
        if (_previous is null || timestamp > _previous)
        {
            _previous = timestamp;
        }

        if (elapsed <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        _intervals.Add(elapsed);
        var typical = _intervals.Median;
        return elapsed < typical ? elapsed : typical;
    }
}
