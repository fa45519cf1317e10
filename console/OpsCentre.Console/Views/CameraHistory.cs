using OpsCentre.Contracts.Readings;

namespace OpsCentre.Console.Views;

/// <summary>
/// What the panel remembers about one camera: counts folded into fixed-width buckets over the history window (by
/// event time, so a replayed or delayed feed charts where it happened) and a bounded list of recent events.
/// </summary>
internal sealed class CameraHistory(string assetId, CameraPanelOptions options)
{
    private readonly SortedDictionary<long, CountTotals> _buckets = [];
    private readonly LinkedList<CameraEventView> _events = [];

    public string AssetId { get; } = assetId;

    public DateTimeOffset LastReportAt { get; private set; } = DateTimeOffset.MinValue;

    public IReadOnlyDictionary<string, int> LatestCounts { get; private set; } = new Dictionary<string, int>();

    public void Record(CameraEvent report)
    {
        if (report.ObservedAt >= LastReportAt)
        {
            LastReportAt = report.ObservedAt;
            LatestCounts = report.Counts;
        }

        var oldestKept = LastReportAt - options.History;
        if (report.ObservedAt >= oldestKept)
        {
            var index = report.ObservedAt.UtcTicks / options.BucketWidth.Ticks;
            if (!_buckets.TryGetValue(index, out var totals))
            {
                _buckets[index] = totals = new CountTotals();
            }

            totals.Add(report.Counts);
            if (report.Event != CameraEventKind.None)
            {
                AddEvent(new CameraEventView(report.ObservedAt, report.Event, report.Confidence, report.Zone));
            }
        }

        Prune(oldestKept);
    }

    public CameraSummary Summary() => new(AssetId, LastReportAt, LatestCounts, _events.First?.Value, _events.Count);

    public CameraTimeline Timeline() => new(
        AssetId,
        (int)options.BucketWidth.TotalSeconds,
        [.. _buckets.Select(b => new CountBucket(new DateTimeOffset(b.Key * options.BucketWidth.Ticks, TimeSpan.Zero), b.Value.Reports, b.Value.Means()))],
        [.. _events]);

    // Newest first; a late event is placed by its time so the list stays ordered. Kafka delivers at least once, so
    // the same report can come twice: an event already listed is not listed again.
    private void AddEvent(CameraEventView view)
    {
        if (_events.Contains(view))
        {
            return;
        }

        var node = _events.First;
        while (node is not null && node.Value.At > view.At)
        {
            node = node.Next;
        }

        if (node is null)
        {
            _events.AddLast(view);
        }
        else
        {
            _events.AddBefore(node, view);
        }

        while (_events.Count > options.RecentEvents)
        {
            _events.RemoveLast();
        }
    }

    private void Prune(DateTimeOffset oldestKept)
    {
        var oldestIndex = oldestKept.UtcTicks / options.BucketWidth.Ticks;
        while (_buckets.Count > 0 && _buckets.First().Key < oldestIndex)
        {
            _buckets.Remove(_buckets.First().Key);
        }

        while (_events.Last is { } last && last.Value.At < oldestKept)
        {
            _events.RemoveLast();
        }
    }
}
