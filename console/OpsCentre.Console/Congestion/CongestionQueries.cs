using OpsCentre.Congestion.Bottlenecks;
using OpsCentre.Congestion.Measures;
using OpsCentre.Congestion.Observations;
using OpsCentre.Storage.Congestion;

namespace OpsCentre.Console.Congestion;

/// <summary>
/// The traffic team's questions over a window, answered from the stored link intervals with the congestion library.
/// Free flow is learned per link from its intervals over the window or over <see cref="CongestionOptions.FreeFlowLookback"/>
/// before the window's end, whichever is longer (quiet hours when there are enough, otherwise every interval,
/// flagged by its basis), so a short window is still judged against a link's normal free flow. Only closed intervals count. The page asks several
/// questions of one window at once, so the last few analyses are kept for a few seconds.
/// </summary>
public sealed class CongestionQueries(ILinkIntervalStore store, CongestionNetwork network, CongestionOptions options, TimeProvider time)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromSeconds(10);
    private const int Kept = 8;

    private readonly Lock _gate = new();
    private readonly List<(AnalysisWindow Window, DateTimeOffset At, Task<RangeAnalysis> Analysis)> _recent = [];

    public Task<RangeAnalysis> AnalyseAsync(AnalysisWindow window)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            _recent.RemoveAll(r => now - r.At > KeepFor || r.Analysis.IsFaulted || r.Analysis.IsCanceled);
            var kept = _recent.FirstOrDefault(r => r.Window == window);
            if (kept.Analysis is not null)
            {
                return kept.Analysis;
            }

            // Not tied to the first caller's cancellation: other requests may be waiting on the same analysis.
            var analysis = Task.Run(() => RunAsync(window, now, CancellationToken.None), CancellationToken.None);
            _recent.Add((window, now, analysis));
            if (_recent.Count > Kept)
            {
                _recent.RemoveAt(0);
            }

            return analysis;
        }
    }

    private async Task<RangeAnalysis> RunAsync(AnalysisWindow window, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var freeFlowFrom = window.To - options.FreeFlowLookback < window.From ? window.To - options.FreeFlowLookback : window.From;
        var stored = await store.RangeAsync(null, freeFlowFrom, window.To, cancellationToken).ConfigureAwait(false);
        var byLink = stored.Where(i => i.End <= now).GroupBy(i => i.LinkId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var zone = options.TimeZone;
        var links = new List<LinkRange>(network.Links.Count);
        foreach (var link in network.Links)
        {
            var all = byLink.TryGetValue(link.Id, out var found) ? found : [];
            var freeFlow = FreeFlowEstimator.Estimate(
                LinkHistory.Create(link.Id, link.LengthMeters, all.Select(i => LinkIntervalObservations.AtStart(i, zone))),
                options.FreeFlow);
            var inWindow = all.Where(i => i.Start >= window.From).ToList();
            var history = LinkHistory.Create(link.Id, link.LengthMeters, inWindow.Select(i => LinkIntervalObservations.AtStart(i, zone)));
            var indices = freeFlow is null ? null : LinkIndicesCalculator.Calculate(history, freeFlow, options.Threshold);
            links.Add(new LinkRange(link, inWindow, history, freeFlow, indices));
        }

        var bottlenecks = BottleneckDetector.Detect(
            network.Network,
            links.ToDictionary(l => l.Link.Id, l => l.History, StringComparer.Ordinal),
            links.Where(l => l.FreeFlow is not null).ToDictionary(l => l.Link.Id, l => l.FreeFlow!, StringComparer.Ordinal),
            new BottleneckOptions { Interval = options.Interval });
        return new RangeAnalysis(window, freeFlowFrom, links, bottlenecks);
    }
}
