namespace OpsCentre.Congestion.Profiles;

/// <summary>Weekday morning (before noon) and evening peaks, and the weekend peak, of a <see cref="DailyRhythm"/>.</summary>
public sealed record PeakHours(PeakHour? WeekdayMorning, PeakHour? WeekdayEvening, PeakHour? Weekend)
{
    public static PeakHours From(DailyRhythm rhythm)
    {
        ArgumentNullException.ThrowIfNull(rhythm);
        return new PeakHours(
            Highest(rhythm.Weekday, 0, 11),
            Highest(rhythm.Weekday, 12, 23),
            Highest(rhythm.Weekend, 0, 23));
    }

    private static PeakHour? Highest(IReadOnlyList<double> byHour, int firstHour, int lastHour)
    {
        PeakHour? best = null;
        for (var hour = firstHour; hour <= lastHour; hour++)
        {
            if (double.IsFinite(byHour[hour]) && (best is null || byHour[hour] > best.Value))
            {
                best = new PeakHour(hour, byHour[hour]);
            }
        }

        return best;
    }
}
