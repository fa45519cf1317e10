using OpsCentre.Charts.Bars;
using OpsCentre.Charts.Heatmap;
using OpsCentre.Congestion.Profiles;
using OpsCentre.Congestion.Statistics;

namespace OpsCentre.Congestion.Report;

/// <summary>The two charts every profile gets: an hour-of-week heatmap and the typical weekday/weekend by hour.</summary>
internal static class ProfileCharts
{
    public const string WeekdayColour = "#1f77b4";
    public const string WeekendColour = "#ff7f0e";

    private static readonly string[] Hours = Enumerable.Range(0, 24).Select(h => $"{h:00}").ToArray();

    public static ReportChart HourOfWeekHeatmap(string fileStem, string title, string caption, HourOfWeekProfile profile, string legend, string format, (double, double)? range = null)
    {
        var rows = Enumerable.Range(0, 7)
            .Select(day => (IReadOnlyList<double>)Enumerable.Range(0, 24).Select(hour => profile[day * 24 + hour].Median).ToArray())
            .ToArray();
        var chart = new HeatmapChart(title, Enumerable.Range(0, 7).Select(HourOfWeek.DayName).ToArray(), Hours, rows)
        {
            LegendTitle = legend,
            ValueFormat = format,
            FixedRange = range,
        };
        return new ReportChart(fileStem, caption, HeatmapChartRenderer.RenderToString(chart));
    }

    public static ReportChart PeakHoursChart(string fileStem, string title, string caption, DailyRhythm rhythm, string axis, string format)
    {
        var chart = new BarChart(
            title,
            Hours,
            [new BarSeries("Mon–Fri", rhythm.Weekday, WeekdayColour), new BarSeries("Sat–Sun", rhythm.Weekend, WeekendColour)])
        {
            Orientation = BarOrientation.Vertical,
            ValueAxisTitle = axis,
            ValueFormat = format,
            Height = 360,
        };
        return new ReportChart(fileStem, caption, BarChartRenderer.RenderToString(chart));
    }

    public static ReportTable ProfileTable(string fileStem, string caption, HourOfWeekProfile profile, string measure, int decimals) =>
        new(
            fileStem,
            caption,
            ["hour_of_week", "day", "hour", "samples", $"median_{measure}", $"q1_{measure}", $"q3_{measure}"],
            profile.Bins
                .Select(b => (IReadOnlyList<string>)
                [
                    Cells.Integer(b.HourOfWeek), HourOfWeek.DayName(b.HourOfWeek / 24), Cells.Integer(b.HourOfDay),
                    Cells.Integer(b.Count), Cells.Number(b.Median, decimals), Cells.Number(b.LowerQuartile, decimals),
                    Cells.Number(b.UpperQuartile, decimals),
                ])
                .ToList())
        {
            PreviewRows = 0,
        };

    public static string DescribePeaks(PeakHours peaks, string measure, string format) =>
        $"Typical weekday peaks: morning {Describe(peaks.WeekdayMorning, format)}, evening {Describe(peaks.WeekdayEvening, format)}; " +
        $"weekend peak {Describe(peaks.Weekend, format)} ({measure}, mean of the hour's medians).";

    private static string Describe(PeakHour? peak, string format) =>
        peak is null ? "n/a" : $"{peak.Label} ({peak.Value.ToString(format, System.Globalization.CultureInfo.InvariantCulture)})";
}
