using OpsCentre.Congestion.Statistics;

namespace OpsCentre.Congestion.Profiles;

/// <summary>
/// Robust statistics of one hour of the week: median and quartiles, so one incident-struck Tuesday does not set the
/// "typical Tuesday 08:00". Statistics are NaN when <see cref="Count"/> is 0.
/// </summary>
public sealed record HourOfWeekBin(int HourOfWeek, int Count, double Median, double LowerQuartile, double UpperQuartile)
{
    public DayOfWeek Day => Statistics.HourOfWeek.DayOf(HourOfWeek);

    public int HourOfDay => Statistics.HourOfWeek.HourOf(HourOfWeek);

    public bool HasData => Count > 0;

    public string Label => Statistics.HourOfWeek.Label(HourOfWeek);
}
