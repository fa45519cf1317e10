using OpsCentre.Congestion.Observations;
using OpsCentre.Congestion.Profiles;
using OpsCentre.Congestion.Trends;

namespace OpsCentre.Congestion.Analysis;

/// <summary>What an hourly volume count says over a date range.</summary>
/// <param name="Profile">Vehicles per hour, per hour of week (median and quartiles).</param>
/// <param name="DailyVolume">Vehicles per complete day (all 24 hours present), with day-over-day and week-over-week change.</param>
/// <param name="IncompleteDays">Days left out of <paramref name="DailyVolume"/> for missing hours.</param>
public sealed record VolumeAnalysisResult(
    DateRange Range,
    int HourCount,
    HourOfWeekProfile Profile,
    DailyRhythm Rhythm,
    PeakHours Peaks,
    IReadOnlyList<DailyChange> DailyVolume,
    int IncompleteDays,
    IReadOnlyList<HolidayEffect> Holidays);
