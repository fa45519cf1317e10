using OpsCentre.Congestion.Bottlenecks;
using OpsCentre.Congestion.Measures;

namespace OpsCentre.Congestion.Analysis;

/// <summary>Settings of a batch congestion analysis; every part has documented defaults of its own.</summary>
public sealed record CongestionAnalysisOptions
{
    public FreeFlowOptions FreeFlow { get; init; } = new();

    public CongestionThreshold Threshold { get; init; } = new();

    public BottleneckOptions Bottlenecks { get; init; } = new();

    /// <summary>How many links the "top links" tables and charts show. Default 10. Range [1, 1000].</summary>
    public int TopLinkCount { get; init; } = 10;

    /// <summary>The measure links are ranked by. Default congestion level.</summary>
    public LinkRanking Ranking { get; init; } = LinkRanking.CongestionLevel;

    public void Validate()
    {
        FreeFlow.Validate();
        Threshold.Validate();
        Bottlenecks.Validate();
        if (TopLinkCount is < 1 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(TopLinkCount), TopLinkCount, "Top link count must be within [1, 1000].");
        }
    }
}
