using OpsCentre.Congestion.Data.I94;
using OpsCentre.Congestion.Observations;
using OpsCentre.Congestion.Profiles;
using OpsCentre.Congestion.Statistics;
using OpsCentre.Congestion.Trends;

namespace OpsCentre.Congestion.Analysis;

/// <summary>
/// Analytics for a count station with volumes but no speeds (the I-94 data): there is no travel time, so no TTI or
/// delay; what a traffic team can use is when demand peaks, how it moves day to day, and what holidays do to it.
/// </summary>
public static class VolumeAnalysis
{
    private const int HoursPerDay = 24;
    private const int HolidayComparisonWeeks = 4;

    public static VolumeAnalysisResult Run(IReadOnlyList<HourlyVolume> hours, DateRange range)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(range);
        var inRange = hours.Where(h => range.Contains(h.Hour)).ToList();

        var profileBuilder = new HourOfWeekProfile.Builder();
        foreach (var hour in inRange)
        {
            profileBuilder.Add(hour.Hour, hour.Volume);
        }

        var profile = profileBuilder.Build();
        var rhythm = DailyRhythm.From(profile);
        var allDays = DailyAggregation.Sum(inRange.Select(h => (h.Hour, (double)h.Volume)));
        var completeDays = allDays.Where(d => d.SampleCount == HoursPerDay).ToList();
        var holidays = inRange
            .Where(h => h.Holiday is not null)
            .GroupBy(h => DateOnly.FromDateTime(h.Hour.DateTime))
            .ToDictionary(g => g.Key, g => g.First().Holiday!);

        return new VolumeAnalysisResult(
            range,
            inRange.Count,
            profile,
            rhythm,
            PeakHours.From(rhythm),
            DailyChangeCalculator.Calculate(completeDays),
            allDays.Count - completeDays.Count,
            HolidayEffects(completeDays, holidays));
    }

    private static List<HolidayEffect> HolidayEffects(List<DailyValue> completeDays, Dictionary<DateOnly, string> holidays)
    {
        var byDay = completeDays.ToDictionary(d => d.Day, d => d.Value);
        var effects = new List<HolidayEffect>();
        foreach (var (day, name) in holidays.OrderBy(h => h.Key))
        {
            if (!byDay.TryGetValue(day, out var volume))
            {
                continue;
            }

            var comparison = Enumerable.Range(-HolidayComparisonWeeks, 2 * HolidayComparisonWeeks + 1)
                .Where(week => week != 0)
                .Select(week => day.AddDays(7 * week))
                .Where(other => !holidays.ContainsKey(other) && byDay.ContainsKey(other))
                .Select(other => byDay[other])
                .Order()
                .ToArray();
            if (comparison.Length > 0)
            {
                effects.Add(new HolidayEffect(day, name, volume, Percentile.OfSorted(comparison, 0.5), comparison.Length));
            }
        }

        return effects;
    }
}
