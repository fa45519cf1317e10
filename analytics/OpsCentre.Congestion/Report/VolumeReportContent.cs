using OpsCentre.Charts.Bars;
using OpsCentre.Charts.TimeSeries;
using OpsCentre.Congestion.Analysis;

namespace OpsCentre.Congestion.Report;

/// <summary>Turns a volume analysis into report sections, charts and tables.</summary>
internal static class VolumeReportContent
{
    public static ReportDocument Build(VolumeAnalysisResult result, IReadOnlyList<string> dataNotes, string source)
    {
        var overview = new List<string>
        {
            $"{result.HourCount:N0} hourly counts from {source}, {result.Range}; {result.DailyVolume.Count} complete days " +
            $"({result.IncompleteDays} days with missing hours are left out of daily totals).",
            ProfileCharts.DescribePeaks(result.Peaks, "vehicles per hour", "N0"),
            "This station reports volumes only (no speeds), so travel-time indices, delay and bottlenecks do not apply.",
        };
        overview.AddRange(dataNotes);

        var sections = new List<ReportSection>
        {
            new("Overview", overview)
            {
                Charts =
                [
                    ProfileCharts.HourOfWeekHeatmap(
                        "volume-hour-of-week", "Median vehicles per hour by hour of week",
                        "Median hourly volume in each hour of the week; grey = no counts.", result.Profile, "veh/h", "N0"),
                    ProfileCharts.PeakHoursChart(
                        "peak-hours", "Typical weekday and weekend day: median vehicles per hour",
                        "Mean over the days of each hour's median volume.", result.Rhythm, "vehicles per hour", "N0"),
                ],
            },
            new("Daily volume", ["Vehicles per complete day, with change against the previous day and the same weekday a week before."])
            {
                Charts = [DailyVolumeChart(result)],
                Tables = [DailyChangeTable.Create("daily-volume", "Vehicles per day", "vehicles", result.DailyVolume, 0)],
            },
            HolidaySection(result),
            new("Hour-of-week profile", ["Median and quartiles of hourly volume for each of the 168 hours of the week (full table in the CSV)."])
            {
                Tables = [ProfileCharts.ProfileTable("hour-of-week-profile", "Vehicles per hour by hour of week", result.Profile, "vehicles", 0)],
            },
        };
        return new ReportDocument("Traffic volume report", $"{source} · {result.Range}", sections);
    }

    private static ReportChart DailyVolumeChart(VolumeAnalysisResult result)
    {
        var days = result.DailyVolume;
        var chart = new TimeSeriesChart(
            "Vehicles per day",
            [new ChartPanel("vehicles per day", [new LineSeries(
                "daily volume",
                days.Select(d => d.Day.ToDateTime(new TimeOnly(12, 0))).ToArray(),
                days.Select(d => d.Value).ToArray(),
                ProfileCharts.WeekdayColour)])])
        {
            Height = 380,
        };
        return new ReportChart("volume-over-time", "Total vehicles per complete day.", TimeSeriesChartRenderer.RenderToString(chart));
    }

    private static ReportSection HolidaySection(VolumeAnalysisResult result)
    {
        var holidays = result.Holidays;
        var section = new ReportSection(
            "Holiday effect",
            [holidays.Count == 0
                ? "No holiday with a complete day of counts in this period."
                : $"Each holiday's volume against the median of the same weekday up to four weeks either side (non-holidays). Average change {holidays.Average(h => h.ChangePercent):0}%."])
        {
            Tables =
            [
                new ReportTable(
                    "holiday-effect",
                    "Holidays against typical days",
                    ["day", "holiday", "vehicles", "typical_vehicles", "comparison_days", "change_pct"],
                    holidays.Select(h => (IReadOnlyList<string>)
                    [
                        Cells.Date(h.Day), h.Holiday, Cells.Number(h.Volume, 0), Cells.Number(h.TypicalVolume, 0),
                        Cells.Integer(h.ComparisonDays), Cells.Number(h.ChangePercent, 1),
                    ]).ToList()),
            ],
        };
        if (holidays.Count == 0)
        {
            return section;
        }

        var recent = holidays.TakeLast(20).ToList();
        var chart = new BarChart(
            "Holiday volume vs typical same weekday",
            recent.Select(h => $"{h.Holiday} {h.Day:yyyy-MM-dd}").ToArray(),
            [new BarSeries("change", recent.Select(h => h.ChangePercent).ToArray(), "#9467bd")])
        {
            ValueAxisTitle = "change in daily volume (%)",
            ValueFormat = "0",
            Height = Math.Max(220, 70 + recent.Count * 26),
            CategoryLabelWidth = 300,
        };
        return section with { Charts = [new ReportChart("holiday-effect", "Change in daily volume on holidays (latest 20).", BarChartRenderer.RenderToString(chart))] };
    }
}
