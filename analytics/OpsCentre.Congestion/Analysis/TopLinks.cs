using OpsCentre.Congestion.Measures;

namespace OpsCentre.Congestion.Analysis;

/// <summary>The N worst links by a chosen measure, worst first; ties broken by link id for stable reports.</summary>
public static class TopLinks
{
    public static IReadOnlyList<LinkIndices> By(IEnumerable<LinkIndices> links, LinkRanking ranking, int count)
    {
        ArgumentNullException.ThrowIfNull(links);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return links
            .OrderByDescending(l => ValueOf(l, ranking))
            .ThenBy(l => l.LinkId, StringComparer.Ordinal)
            .Take(count)
            .ToList();
    }

    public static double ValueOf(LinkIndices link, LinkRanking ranking) => ranking switch
    {
        LinkRanking.CongestionLevel => link.CongestionLevelPercent,
        LinkRanking.VehicleHoursOfDelay => link.VehicleHoursOfDelay,
        LinkRanking.PlanningTimeIndex => link.PlanningTimeIndex,
        LinkRanking.BufferIndex => link.BufferIndex,
        _ => throw new ArgumentOutOfRangeException(nameof(ranking), ranking, "Unknown ranking."),
    };
}
