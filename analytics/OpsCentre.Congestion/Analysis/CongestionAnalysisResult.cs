using OpsCentre.Congestion.Bottlenecks;
using OpsCentre.Congestion.Measures;
using OpsCentre.Congestion.Observations;
using OpsCentre.Congestion.Profiles;
using OpsCentre.Congestion.Trends;

namespace OpsCentre.Congestion.Analysis;

/// <summary>Everything a travel-time history says over a date range, as tables ready to print or chart.</summary>
/// <param name="Links">Per-link indices, ranked by <paramref name="Ranking"/>, worst first.</param>
/// <param name="TopLinks">The first <c>TopLinkCount</c> of <paramref name="Links"/>.</param>
/// <param name="NetworkProfile">Median Travel Time Index of every reading of every link, per hour of week.</param>
/// <param name="LinkProfiles">The same per link.</param>
/// <param name="DailyDelay">Network vehicle-hours of delay per day, with day-over-day and week-over-week change.</param>
/// <param name="DailyTravelTimeIndex">Mean Travel Time Index per day, per link.</param>
public sealed record CongestionAnalysisResult(
    DateRange Range,
    LinkRanking Ranking,
    IReadOnlyList<LinkIndices> Links,
    IReadOnlyList<LinkIndices> TopLinks,
    HourOfWeekProfile NetworkProfile,
    IReadOnlyDictionary<string, HourOfWeekProfile> LinkProfiles,
    DailyRhythm Rhythm,
    PeakHours Peaks,
    IReadOnlyList<DailyChange> DailyDelay,
    IReadOnlyDictionary<string, IReadOnlyList<DailyValue>> DailyTravelTimeIndex,
    BottleneckFindings Bottlenecks);
