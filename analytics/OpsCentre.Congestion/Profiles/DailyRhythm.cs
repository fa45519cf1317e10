using OpsCentre.Congestion.Statistics;

namespace OpsCentre.Congestion.Profiles;

/// <summary>
/// An hour-of-week profile folded into a typical weekday and a typical weekend day: per hour of day, the mean of the
/// bin medians over Monday–Friday and over Saturday–Sunday (NaN where no bin has data).
/// </summary>
public sealed record DailyRhythm(IReadOnlyList<double> Weekday, IReadOnlyList<double> Weekend)
{
    public static DailyRhythm From(HourOfWeekProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var weekday = new double[24];
        var weekend = new double[24];
        for (var hour = 0; hour < 24; hour++)
        {
            weekday[hour] = MeanOfMedians(profile, hour, firstDay: 0, lastDay: 4);
            weekend[hour] = MeanOfMedians(profile, hour, firstDay: 5, lastDay: 6);
        }

        return new DailyRhythm(weekday, weekend);
    }

    private static double MeanOfMedians(HourOfWeekProfile profile, int hourOfDay, int firstDay, int lastDay)
    {
        double sum = 0;
        var days = 0;
        for (var day = firstDay; day <= lastDay; day++)
        {
            var bin = profile[day * 24 + hourOfDay];
            if (bin.HasData)
            {
                sum += bin.Median;
                days++;
            }
        }

        return days == 0 ? double.NaN : sum / days;
    }
}
