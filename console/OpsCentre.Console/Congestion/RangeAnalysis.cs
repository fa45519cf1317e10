using OpsCentre.Congestion.Bottlenecks;
using OpsCentre.Congestion.Measures;
using OpsCentre.Congestion.Profiles;

namespace OpsCentre.Console.Congestion;

/// <summary>Every link over one window, with the network-wide findings derived from them.</summary>
/// <param name="Links">Every road link of the network, in id order, with or without data.</param>
public sealed record RangeAnalysis(
    AnalysisWindow Window,
    DateTimeOffset FreeFlowFrom,
    IReadOnlyList<LinkRange> Links,
    BottleneckFindings Bottlenecks)
{
    private readonly Dictionary<string, LinkRange> _byId = Links.ToDictionary(l => l.Link.Id, StringComparer.Ordinal);

    public bool TryGet(string linkId, out LinkRange link) => _byId.TryGetValue(linkId, out link!);

    public int CountWith(FreeFlowBasis basis) => Links.Count(l => l.FreeFlow?.Basis == basis);

    /// <summary>Median Travel Time Index per hour of week, over the links given (every interval of each, against its free flow).</summary>
    public static HourOfWeekProfile TravelTimeIndexProfile(IEnumerable<LinkRange> links)
    {
        var builder = new HourOfWeekProfile.Builder();
        foreach (var link in links)
        {
            if (link.FreeFlow is not { } freeFlow)
            {
                continue;
            }

            foreach (var observation in link.History.Span)
            {
                builder.Add(observation.Timestamp, TravelTimeMeasures.TravelTimeIndex(observation.TravelTimeSeconds, freeFlow.TravelTimeSeconds));
            }
        }

        return builder.Build();
    }
}
