using OpsCentre.Congestion.Streaming;
using OpsCentre.Contracts.Readings;
using OpsCentre.Storage.Congestion;

namespace OpsCentre.Console.Congestion;

/// <summary>
/// One link inside the congestion stage: the interval its readings are folded into, the intervals closed since the
/// last checkpoint, and the link's streaming congestion state, fed one closed interval at a time. A reading not
/// newer than the newest one already counted (a replay after a crash, or a late duplicate) is ignored, which with
/// the store's replace-by-key is what keeps replays from double counting.
/// </summary>
internal sealed class LinkIntervalTracker
{
    private readonly CongestionOptions _options;
    private readonly TimeZoneInfo _zone;
    private readonly LinkCongestionAccumulator _state;
    private readonly List<LinkInterval> _unwritten = [];
    private OpenInterval? _open;
    private bool _openChanged;

    private LinkIntervalTracker(string linkId, double lengthMeters, CongestionOptions options, TimeProvider time)
    {
        LinkId = linkId;
        _options = options;
        _zone = options.TimeZone;
        _state = new LinkCongestionAccumulator(linkId, lengthMeters, options.Streaming, time);
    }

    public string LinkId { get; }

    public DateTimeOffset LastObservedAt => _open?.LastObservedAt ?? DateTimeOffset.MinValue;

    /// <summary>
    /// A tracker that resumes where the store left off: every stored interval but the newest feeds the streaming
    /// state; the newest stays open, since readings for it may still be on their way.
    /// </summary>
    public static LinkIntervalTracker Restore(string linkId, double lengthMeters, IReadOnlyList<LinkInterval> stored, CongestionOptions options, TimeProvider time)
    {
        var tracker = new LinkIntervalTracker(linkId, lengthMeters, options, time);
        for (var i = 0; i < stored.Count - 1; i++)
        {
            tracker._state.Add(LinkIntervalObservations.AtEnd(stored[i], tracker._zone));
        }

        if (stored.Count > 0)
        {
            tracker._open = OpenInterval.Resume(stored[^1]);
        }

        return tracker;
    }

    /// <returns>False, changing nothing, for a reading already counted or older than one counted.</returns>
    public bool Add(TrafficReading reading)
    {
        if (reading.ObservedAt <= LastObservedAt)
        {
            return false;
        }

        var start = _options.IntervalStartOf(reading.ObservedAt);
        if (_open is not null && start > _open.Start)
        {
            Close(_open);
            _open = null;
        }

        _open ??= OpenInterval.Empty(LinkId, start, _options.Interval);
        _open.Add(reading);
        _openChanged = true;
        return true;
    }

    /// <summary>What the next checkpoint must write: intervals closed since the last one, and the open one if it changed.</summary>
    public IEnumerable<LinkInterval> Unwritten() =>
        _openChanged && _open is not null ? _unwritten.Append(_open.ToInterval()) : _unwritten;

    /// <summary>The checkpoint wrote <see cref="Unwritten"/>: nothing is pending any more.</summary>
    public void Written()
    {
        _unwritten.Clear();
        _openChanged = false;
    }

    public LinkCongestionState Snapshot() => _state.Snapshot();

    private void Close(OpenInterval interval)
    {
        var closed = interval.ToInterval();
        _unwritten.Add(closed);
        _state.Add(LinkIntervalObservations.AtEnd(closed, _zone));
    }
}
