namespace OpsCentre.Ingest.Simulation;

/// <summary>
/// Traffic demand by local time, as a fraction of a link's peak: weekdays have an AM peak near 08:00 and a PM peak
/// near 17:15 (earlier on Fridays) over a daytime plateau, with night lows around 6 % of peak; weekends have one
/// broad midday hump (Sunday lower). The shape follows UK urban count profiles (DfT TRA0307-style).
/// </summary>
public static class TrafficRhythm
{
    public static double Demand(DayOfWeek day, double localHour) => day switch
    {
        DayOfWeek.Saturday => 0.07 + (0.62 * Bell(localHour, 13.5, 3.2)),
        DayOfWeek.Sunday => 0.06 + (0.52 * Bell(localHour, 14.0, 3.0)),
        DayOfWeek.Friday => Weekday(localHour, pmPeak: 16.6),
        _ => Weekday(localHour, pmPeak: 17.25),
    };

    /// <summary>People on foot, relative to the busiest hour: lunchtime and commuting peaks, little at night.</summary>
    public static double Footfall(DayOfWeek day, double localHour)
    {
        var weekend = day is DayOfWeek.Saturday or DayOfWeek.Sunday;
        var daytime = Plateau(localHour, 7.5, 20.5);
        return weekend
            ? 0.05 + (0.9 * Bell(localHour, 14, 3.5))
            : 0.04 + (0.45 * daytime) + (0.35 * Bell(localHour, 12.75, 1.2)) + (0.25 * Bell(localHour, 8.25, 0.8)) + (0.25 * Bell(localHour, 17.5, 1));
    }

    private static double Weekday(double hour, double pmPeak) =>
        0.06 + (0.55 * Plateau(hour, 6.5, 21)) + (0.42 * Bell(hour, 8.0, 0.9)) + (0.42 * Bell(hour, pmPeak, 1.2));

    private static double Bell(double x, double centre, double width) => Math.Exp(-0.5 * Math.Pow((x - centre) / width, 2));

    private static double Plateau(double hour, double rise, double fall) =>
        1 / (1 + Math.Exp(-(hour - rise) / 0.8)) / (1 + Math.Exp(-(fall - hour) / 1.5));
}
