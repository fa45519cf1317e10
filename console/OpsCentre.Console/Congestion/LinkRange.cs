using OpsCentre.Congestion.Measures;
using OpsCentre.Congestion.Network;
using OpsCentre.Congestion.Observations;
using OpsCentre.Storage.Congestion;

namespace OpsCentre.Console.Congestion;

/// <summary>
/// One link over an <see cref="AnalysisWindow"/>: its closed intervals in the window (and the same as library
/// observations), the free flow learned from its stored history, and the indices against it (null without data).
/// </summary>
public sealed record LinkRange(RoadLink Link, IReadOnlyList<LinkInterval> Intervals, LinkHistory History, FreeFlow? FreeFlow, LinkIndices? Indices)
{
    public LinkInterval? Latest => Intervals.Count > 0 ? Intervals[^1] : null;
}
