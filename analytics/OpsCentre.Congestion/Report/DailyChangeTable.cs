using OpsCentre.Congestion.Trends;

namespace OpsCentre.Congestion.Report;

/// <summary>A daily series with its day-over-day and week-over-week change, as a report table.</summary>
internal static class DailyChangeTable
{
    public static ReportTable Create(string fileStem, string caption, string valueColumn, IReadOnlyList<DailyChange> days, int decimals) =>
        new(
            fileStem,
            caption,
            ["day", "weekday", valueColumn, "day_over_day_pct", "week_over_week_pct"],
            days.Select(d => (IReadOnlyList<string>)
            [
                Cells.Date(d.Day), d.Day.DayOfWeek.ToString()[..3], Cells.Number(d.Value, decimals),
                Cells.Number(d.DayOverDayPercent, 1), Cells.Number(d.WeekOverWeekPercent, 1),
            ]).ToList())
        {
            PreviewRows = 14,
        };
}
