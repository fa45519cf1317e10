using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Readings;

namespace OpsCentre.Ingest.Replay;

/// <summary>
/// Merges time-ordered event streams into one time-ordered stream (a k-way merge holding one pending event per
/// stream, so memory does not grow with file size). Ties keep stream order, so the result is deterministic.
/// </summary>
public static class ReplayMerge
{
    public static IEnumerable<CityEvent> Merge(IEnumerable<IReplaySource> sources) => Merge(sources.Select(s => (s.Name, s.ReadEvents())));

    /// <summary>Every asset the sources register, first registration of an id winning.</summary>
    public static IReadOnlyList<AssetDescriptor> AssetsOf(IEnumerable<IReplaySource> sources) =>
        [.. sources.SelectMany(s => s.Assets).DistinctBy(a => a.AssetId)];

    /// <exception cref="InvalidOperationException">A stream goes back in time (a source bug, reported rather than hidden).</exception>
    public static IEnumerable<CityEvent> Merge(IEnumerable<(string Name, IEnumerable<CityEvent> Events)> streams)
    {
        var named = streams.ToList();
        var enumerators = new List<IEnumerator<CityEvent>>(named.Count);
        try
        {
            var pending = new PriorityQueue<int, (DateTimeOffset At, int Stream)>();
            foreach (var (_, events) in named)
            {
                var enumerator = events.GetEnumerator();
                enumerators.Add(enumerator);
                if (enumerator.MoveNext())
                {
                    pending.Enqueue(enumerators.Count - 1, (enumerator.Current.ObservedAt, enumerators.Count - 1));
                }
            }

            while (pending.TryDequeue(out var stream, out _))
            {
                var enumerator = enumerators[stream];
                var current = enumerator.Current;
                yield return current;
                if (enumerator.MoveNext())
                {
                    if (enumerator.Current.ObservedAt < current.ObservedAt)
                    {
                        throw new InvalidOperationException(
                            $"replay stream '{named[stream].Name}' went back in time: {enumerator.Current.ObservedAt:O} after {current.ObservedAt:O}");
                    }

                    pending.Enqueue(stream, (enumerator.Current.ObservedAt, stream));
                }
            }
        }
        finally
        {
            foreach (var enumerator in enumerators)
            {
                enumerator.Dispose();
            }
        }
    }
}
