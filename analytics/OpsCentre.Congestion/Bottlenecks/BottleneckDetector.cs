using OpsCentre.Congestion.Measures;
using OpsCentre.Congestion.Network;
using OpsCentre.Congestion.Observations;

namespace OpsCentre.Congestion.Bottlenecks;

/// <summary>
/// Finds active bottlenecks on every connection of a <see cref="RoadNetwork"/> over a history: readings of the two
/// links are aligned on fixed intervals, each interval is tested against the rules, and the junction is a bottleneck
/// while enough of the recent window passes (see <see cref="BottleneckOptions"/>).
/// </summary>
public static class BottleneckDetector
{
    public static BottleneckFindings Detect(
        RoadNetwork network,
        IReadOnlyDictionary<string, LinkHistory> histories,
        IReadOnlyDictionary<string, FreeFlow> freeFlows,
        BottleneckOptions options)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(histories);
        ArgumentNullException.ThrowIfNull(freeFlows);
        options.Validate();

        var episodes = new List<BottleneckEpisode>();
        foreach (var connection in network.Connections)
        {
            if (histories.TryGetValue(connection.UpstreamLinkId, out var upstream)
                && histories.TryGetValue(connection.DownstreamLinkId, out var downstream)
                && freeFlows.TryGetValue(connection.UpstreamLinkId, out var upstreamFreeFlow))
            {
                episodes.AddRange(DetectOnJunction(upstream, downstream, upstreamFreeFlow, options));
            }
        }

        return new BottleneckFindings(episodes, Rank(episodes));
    }

    /// <summary>Episodes on one junction, in time order.</summary>
    public static IReadOnlyList<BottleneckEpisode> DetectOnJunction(
        LinkHistory upstream, LinkHistory downstream, FreeFlow upstreamFreeFlow, BottleneckOptions options)
    {
        options.Validate();
        var joint = AlignOnIntervals(upstream, downstream, options.Interval.Ticks);
        var episodes = new List<BottleneckEpisode>();
        if (joint.Count == 0)
        {
            return episodes;
        }

        var slowBelowKmh = options.UpstreamSlowFraction * upstreamFreeFlow.SpeedKmh;
        var window = new PersistenceWindow(options.WindowIntervals);
        EpisodeBuilder? open = null;
        var next = 0;
        for (var bucket = joint[0].Bucket; bucket <= joint[^1].Bucket; bucket++)
        {
            var state = default(IntervalState);
            if (joint[next].Bucket == bucket)
            {
                var (_, at, up, down) = joint[next++];
                state = new IntervalState(at, IsObserved: true, IsActive: up < slowBelowKmh && down - up >= options.MinimumSpeedDropKmh, up, down);
            }

            window.Push(state);

            var isBottleneck = window.Observed >= options.MinimumObservedIntervals
                               && window.Active >= options.MinimumActiveFraction * window.Observed;
            if (isBottleneck && open is null)
            {
                open = new EpisodeBuilder(window.ActiveIntervals());
            }
            else if (isBottleneck && state.IsActive)
            {
                open!.Add(state);
            }
            else if (!isBottleneck && open is not null)
            {
                episodes.Add(open.Build(upstream.LinkId, downstream.LinkId, options.Interval));
                open = null;
            }
        }

        if (open is not null)
        {
            episodes.Add(open.Build(upstream.LinkId, downstream.LinkId, options.Interval));
        }

        return episodes;
    }

    /// <summary>
    /// The intervals in which both links have a reading, in time order: a merge of the two time-ordered histories
    /// (the first reading of an interval wins if a link has two).
    /// </summary>
    private static List<(long Bucket, DateTimeOffset At, double Up, double Down)> AlignOnIntervals(
        LinkHistory upstream, LinkHistory downstream, long intervalTicks)
    {
        var joint = new List<(long, DateTimeOffset, double, double)>(Math.Min(upstream.Count, downstream.Count));
        var up = upstream.Span;
        var down = downstream.Span;
        int i = 0, j = 0;
        var lastBucket = long.MinValue;
        while (i < up.Length && j < down.Length)
        {
            var upBucket = up[i].Timestamp.UtcTicks / intervalTicks;
            var downBucket = down[j].Timestamp.UtcTicks / intervalTicks;
            if (upBucket < downBucket)
            {
                i++;
            }
            else if (downBucket < upBucket)
            {
                j++;
            }
            else
            {
                if (upBucket != lastBucket)
                {
                    joint.Add((upBucket, up[i].Timestamp, up[i].SpeedKmh, down[j].SpeedKmh));
                    lastBucket = upBucket;
                }

                i++;
                j++;
            }
        }

        return joint;
    }

    private static List<BottleneckLocation> Rank(List<BottleneckEpisode> episodes) =>
        episodes
            .GroupBy(e => (e.UpstreamLinkId, e.DownstreamLinkId))
            .Select(g => new BottleneckLocation(
                g.Key.UpstreamLinkId,
                g.Key.DownstreamLinkId,
                g.Count(),
                g.Select(e => DateOnly.FromDateTime(e.Start.DateTime)).Distinct().Count(),
                TimeSpan.FromTicks(g.Sum(e => e.Duration.Ticks)),
                g.Sum(e => e.MeanSpeedDropKmh * e.ActiveIntervals) / g.Sum(e => e.ActiveIntervals),
                g.GroupBy(e => e.Start.Hour).OrderByDescending(h => h.Count()).ThenBy(h => h.Key).First().Key))
            .OrderByDescending(l => l.ActiveDays)
            .ThenByDescending(l => l.TotalActive)
            .ThenBy(l => l.UpstreamLinkId, StringComparer.Ordinal)
            .ToList();

    private sealed class EpisodeBuilder
    {
        private DateTimeOffset _first = DateTimeOffset.MaxValue;
        private DateTimeOffset _last = DateTimeOffset.MinValue;
        private int _count;
        private double _upstreamSum;
        private double _downstreamSum;

        public EpisodeBuilder(IEnumerable<IntervalState> activeIntervals)
        {
            foreach (var interval in activeIntervals)
            {
                Add(interval);
            }
        }

        public void Add(IntervalState interval)
        {
            _first = interval.Timestamp < _first ? interval.Timestamp : _first;
            _last = interval.Timestamp > _last ? interval.Timestamp : _last;
            _count++;
            _upstreamSum += interval.UpstreamSpeedKmh;
            _downstreamSum += interval.DownstreamSpeedKmh;
        }

        public BottleneckEpisode Build(string upstreamId, string downstreamId, TimeSpan interval) =>
            new(
                upstreamId,
                downstreamId,
                _first,
                _last + interval,
                _count,
                _upstreamSum / _count,
                _downstreamSum / _count);
    }
}
