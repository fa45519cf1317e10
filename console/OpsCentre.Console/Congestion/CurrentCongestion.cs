using OpsCentre.Congestion.Network;
using OpsCentre.Congestion.Streaming;
using OpsCentre.Storage.Congestion;

namespace OpsCentre.Console.Congestion;

/// <summary>
/// Every link's current congestion state for the open-data feed: the live state where this node's congestion stage
/// owns the link, otherwise rebuilt from the link's stored intervals of the last <see cref="RebuildSpan"/> (another
/// node owns it, or this node runs no pipeline), so whichever node answers, the feed covers the whole city.
/// Links with no reading yet are left out: there is nothing observed to publish.
/// </summary>
public sealed class CurrentCongestion(LiveCongestionBoard board, ILinkIntervalStore store, CongestionNetwork network, CongestionOptions options, TimeProvider time)
{
    public static readonly TimeSpan RebuildSpan = TimeSpan.FromDays(1);

    public async Task<IReadOnlyList<(RoadLink Link, LinkCongestionState State)>> ObservedAsync(CancellationToken cancellationToken)
    {
        var missing = network.Links.Where(l => !board.TryGet(l.Id, out _)).Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        var rebuilt = missing.Count == 0
            ? new Dictionary<string, LinkCongestionState>(StringComparer.Ordinal)
            : await RebuildAsync(missing, cancellationToken).ConfigureAwait(false);
        var observed = new List<(RoadLink, LinkCongestionState)>();
        foreach (var link in network.Links)
        {
            if ((board.TryGet(link.Id, out var state) || rebuilt.TryGetValue(link.Id, out state)) && state.LastObservation is not null)
            {
                observed.Add((link, state));
            }
        }

        return observed;
    }

    private async Task<Dictionary<string, LinkCongestionState>> RebuildAsync(HashSet<string> linkIds, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var zone = options.TimeZone;
        var stored = await store.RangeAsync(null, now - RebuildSpan, now, cancellationToken).ConfigureAwait(false);
        var states = new Dictionary<string, LinkCongestionState>(StringComparer.Ordinal);
        foreach (var intervals in stored.Where(i => i.End <= now && linkIds.Contains(i.LinkId)).GroupBy(i => i.LinkId, StringComparer.Ordinal))
        {
            if (!network.TryGet(intervals.Key, out var link))
            {
                continue;
            }

            var state = new LinkCongestionAccumulator(link.Id, link.LengthMeters, options.Streaming, time);
            foreach (var interval in intervals)
            {
                state.Add(LinkIntervalObservations.AtEnd(interval, zone));
            }

            states[link.Id] = state.Snapshot();
        }

        return states;
    }
}
