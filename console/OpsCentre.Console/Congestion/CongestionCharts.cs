using System.Globalization;
using OpsCentre.Charts.Heatmap;
using OpsCentre.Charts.TimeSeries;
using OpsCentre.Congestion.Measures;
using OpsCentre.Congestion.Profiles;
using WeekHours = OpsCentre.Congestion.Statistics.HourOfWeek;

namespace OpsCentre.Console.Congestion;

/// <summary>The analysis page's charts as SVG, drawn by OpsCentre.Charts: a link's series and an hour-of-week heatmap.</summary>
public static class CongestionCharts
{
    private static readonly string[] Hours = [.. Enumerable.Range(0, 24).Select(h => $"{h:00}")];

    /// <summary>Speed, travel time and Travel Time Index per interval, stacked on one time axis (UTC), with free flow and the congestion threshold as reference lines.</summary>
    public static string Series(LinkRange link, AnalysisWindow window, CongestionOptions options)
    {
        var times = link.Intervals.Select(i => i.Start.UtcDateTime).ToList();
        var freeFlow = link.FreeFlow;
        var speed = new ChartPanel("Speed (km/h)", [new LineSeries("speed", times, [.. link.Intervals.Select(i => i.MeanSpeedKmh)], "#1f77b4") { StrokeWidth = 1.6 }])
        {
            ReferenceLines = freeFlow is null ? [] : [freeFlow.SpeedKmh],
        };
        var travel = new ChartPanel("Travel time (s)", [new LineSeries("travel time", times, [.. link.Intervals.Select(i => i.MeanTravelTimeSeconds)], "#2ca02c") { StrokeWidth = 1.6 }])
        {
            ReferenceLines = freeFlow is null ? [] : [freeFlow.TravelTimeSeconds],
        };
        var panels = new List<ChartPanel> { speed, travel };
        if (freeFlow is not null)
        {
            panels.Add(new ChartPanel(
                $"Travel Time Index (congested at {options.CongestedTravelTimeIndex.ToString("0.0#", CultureInfo.InvariantCulture)})",
                [new LineSeries("TTI", times, [.. link.Intervals.Select(i => TravelTimeMeasures.TravelTimeIndex(i.MeanTravelTimeSeconds, freeFlow.TravelTimeSeconds))], "#d62728") { StrokeWidth = 1.6 }])
            {
                ReferenceLines = [1.0, options.CongestedTravelTimeIndex],
            });
        }

        var title = $"{link.Link.Name}: {options.Interval.TotalMinutes:0}-minute intervals, {Show(window.From)} to {Show(window.To)} UTC";
        return TimeSeriesChartRenderer.RenderToString(new TimeSeriesChart(title, panels) { Width = 1000, Height = 180 + (150 * panels.Count) });
    }

    /// <summary>Median Travel Time Index by day (rows, Monday first) and local hour (columns); empty hours grey.</summary>
    public static string HourOfWeekHeatmap(HourOfWeekProfile profile, string title) =>
        HeatmapChartRenderer.RenderToString(new HeatmapChart(
            title,
            [.. Enumerable.Range(0, 7).Select(WeekHours.DayName)],
            Hours,
            [.. Enumerable.Range(0, 7).Select(day => (IReadOnlyList<double>)[.. Enumerable.Range(0, 24).Select(hour => profile[(day * 24) + hour].Median)])])
        {
            LegendTitle = "median TTI",
            ValueFormat = "0.00",
            FixedRange = (1.0, 2.0),
            Width = 1000,
            Height = 300,
        });

    private static string Show(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
