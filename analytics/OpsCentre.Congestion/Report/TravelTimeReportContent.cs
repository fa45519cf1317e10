using OpsCentre.Charts.Bars;
using OpsCentre.Charts.TimeSeries;
using OpsCentre.Congestion.Analysis;
using OpsCentre.Congestion.Network;

namespace OpsCentre.Congestion.Report;

/// <summary>Turns a travel-time analysis into report sections, charts and tables.</summary>
internal static class TravelTimeReportContent
{
    private const int LinesOverTime = 5;
    private static readonly string[] LineColours = ["#d62728", "#1f77b4", "#2ca02c", "#9467bd", "#8c564b"];

    public static ReportDocument Build(CongestionAnalysisResult result, RoadNetwork network, IReadOnlyList<string> dataNotes, string source)
    {
        string Name(string linkId) => network.TryGetLink(linkId, out var link) ? link.Name : linkId;
        var readings = result.Links.Sum(l => l.ObservationCount);
        var overview = new List<string>
        {
            $"{result.Links.Count} links and {readings:N0} readings from {source}, {result.Range}.",
            ProfileCharts.DescribePeaks(result.Peaks, "network median TTI", "0.00"),
        };
        if (result.TopLinks.Count > 0)
        {
            var worst = result.TopLinks[0];
            overview.Add(
                $"Most congested: {Name(worst.LinkId)} — TTI {worst.TravelTimeIndex:0.00}, congestion level {worst.CongestionLevelPercent:0}%, " +
                $"planning time index {worst.PlanningTimeIndex:0.00}, {worst.VehicleHoursOfDelay:0.#} vehicle-hours of delay.");
        }

        overview.AddRange(dataNotes);

        var sections = new List<ReportSection>
        {
            new("Overview", overview)
            {
                Charts =
                [
                    ProfileCharts.HourOfWeekHeatmap(
                        "tti-hour-of-week", "Median Travel Time Index by hour of week (all links)",
                        "Median TTI of every reading in each hour of the week; grey = no readings.",
                        result.NetworkProfile, "median TTI", "0.00"),
                    ProfileCharts.PeakHoursChart(
                        "peak-hours", "Typical weekday and weekend day: median TTI by hour",
                        "Mean over the days of each hour's median TTI.", result.Rhythm, "median TTI", "0.00"),
                ],
            },
            new("Most congested links", [$"Ranked by {RankingText(result)}. Indices use each link's own free flow (85th percentile speed of quiet-hour readings)."])
            {
                Charts = [TopLinksChart(result, Name), TravelTimeIndexOverTime(result, Name)],
                Tables = [LinkIndicesTable(result, Name)],
            },
            BottleneckSection(result, Name),
            new("Delay by day", ["Network vehicle-hours of delay per day (measured vehicles only), with change against the previous day and the same weekday a week before."])
            {
                Tables = [DailyChangeTable.Create("daily-delay", "Vehicle-hours of delay per day", "vehicle_hours_of_delay", result.DailyDelay, 1)],
            },
            new("Hour-of-week profile", ["Median and quartiles of TTI for each of the 168 hours of the week (full table in the CSV)."])
            {
                Tables = [ProfileCharts.ProfileTable("hour-of-week-profile", "TTI by hour of week", result.NetworkProfile, "tti", 3)],
            },
        };

        return new ReportDocument("Congestion report", $"{source} · {result.Range}", sections);
    }

    private static string RankingText(CongestionAnalysisResult result) => result.Ranking switch
    {
        LinkRanking.CongestionLevel => "congestion level (extra travel time over free flow)",
        LinkRanking.VehicleHoursOfDelay => "vehicle-hours of delay",
        LinkRanking.PlanningTimeIndex => "planning time index",
        _ => "buffer index",
    };

    private static ReportChart TopLinksChart(CongestionAnalysisResult result, Func<string, string> name)
    {
        var top = result.TopLinks;
        var (measure, axis, format) = result.Ranking switch
        {
            LinkRanking.CongestionLevel => ("congestion level", "extra travel time over free flow (%)", "0"),
            LinkRanking.VehicleHoursOfDelay => ("delay", "vehicle-hours of delay", "0.#"),
            LinkRanking.PlanningTimeIndex => ("planning time index", "95th percentile travel time / free flow", "0.00"),
            _ => ("buffer index", "(95th percentile - mean) / mean", "0.00"),
        };
        var chart = new BarChart(
            $"Top {top.Count} links by {measure}",
            top.Select(l => Shorten(name(l.LinkId))).ToArray(),
            [new BarSeries(measure, top.Select(l => TopLinks.ValueOf(l, result.Ranking)).ToArray(), "#d62728")])
        {
            ValueAxisTitle = axis,
            ValueFormat = format,
            Height = Math.Max(220, 70 + top.Count * 30),
            CategoryLabelWidth = 330,
        };
        return new ReportChart("top-links", $"Top links by {RankingText(result)}.", BarChartRenderer.RenderToString(chart));
    }

    /// <summary>
    /// Daily mean TTI of the worst links. Legends carry link ids (the chart's legend line is short); the caption maps
    /// them to names. Each day is also a dot, so days without readings show as gaps in the dots.
    /// </summary>
    private static ReportChart TravelTimeIndexOverTime(CongestionAnalysisResult result, Func<string, string> name)
    {
        var links = result.TopLinks.Take(LinesOverTime).ToList();
        var lines = new List<LineSeries>();
        var dots = new List<MarkerSeries>();
        for (var i = 0; i < links.Count; i++)
        {
            var days = result.DailyTravelTimeIndex[links[i].LinkId];
            var times = days.Select(d => d.Day.ToDateTime(new TimeOnly(12, 0))).ToArray();
            var values = days.Select(d => d.Value).ToArray();
            var colour = LineColours[i % LineColours.Length];
            lines.Add(new LineSeries(links[i].LinkId, times, values, colour));
            dots.Add(new MarkerSeries(links[i].LinkId, times, values, colour)
            {
                Radius = 2.5,
                Tooltips = days.Select(d => $"{links[i].LinkId} {d.Day:yyyy-MM-dd}: TTI {d.Value:0.00} ({d.SampleCount} readings)").ToArray(),
            });
        }

        var chart = new TimeSeriesChart(
            $"Daily mean TTI, top {links.Count} links",
            [new ChartPanel("", lines) { ReferenceLines = [1.0], Markers = dots }])
        {
            Height = 420,
        };
        var legend = string.Join("; ", links.Select(l => $"{l.LinkId} = {name(l.LinkId)}"));
        return new ReportChart("tti-over-time", $"Daily mean Travel Time Index; dashed line = free flow; a missing dot = no readings that day. {legend}.", TimeSeriesChartRenderer.RenderToString(chart));
    }

    private static ReportTable LinkIndicesTable(CongestionAnalysisResult result, Func<string, string> name) =>
        new(
            "link-indices",
            "Per-link indices",
            ["link_id", "name", "readings", "free_flow_basis", "free_flow_travel_time_s", "free_flow_speed_kmh", "mean_travel_time_s",
             "mean_speed_kmh", "p95_travel_time_s", "travel_time_index", "planning_time_index", "buffer_index",
             "congestion_level_pct", "congested_share_pct", "vehicle_hours_of_delay"],
            result.Links.Select(l => (IReadOnlyList<string>)
            [
                l.LinkId, name(l.LinkId), Cells.Integer(l.ObservationCount), l.FreeFlow.Basis.ToString(),
                Cells.Number(l.FreeFlow.TravelTimeSeconds, 1), Cells.Number(l.FreeFlow.SpeedKmh, 1), Cells.Number(l.MeanTravelTimeSeconds, 1),
                Cells.Number(l.MeanSpeedKmh, 1), Cells.Number(l.P95TravelTimeSeconds, 1), Cells.Number(l.TravelTimeIndex, 3),
                Cells.Number(l.PlanningTimeIndex, 3), Cells.Number(l.BufferIndex, 3), Cells.Number(l.CongestionLevelPercent, 1),
                Cells.Number(l.CongestedShare * 100, 1), Cells.Number(l.VehicleHoursOfDelay, 1),
            ]).ToList());

    private static ReportSection BottleneckSection(CongestionAnalysisResult result, Func<string, string> name)
    {
        var findings = result.Bottlenecks;
        var text = findings.Locations.Count == 0
            ? "No junction met the bottleneck rules in this period."
            : $"{findings.Locations.Count} junctions were active bottlenecks ({findings.Episodes.Count} episodes). The worst: " +
              string.Join("; ", findings.Locations.Take(3).Select(l =>
                  $"{name(l.UpstreamLinkId)} into {name(l.DownstreamLinkId)} on {l.ActiveDays} days, usually from {l.TypicalStartHour:00}:00"));
        return new ReportSection(
            "Bottlenecks",
            [text, "Rule (PeMS-style): upstream below 65% of its free-flow speed and downstream at least 20 km/h faster, in at least 5 of 7 observed 5-minute intervals."])
        {
            Tables =
            [
                new ReportTable(
                    "bottlenecks",
                    "Bottleneck junctions, ranked by active days",
                    ["upstream_link_id", "upstream_name", "downstream_link_id", "downstream_name", "active_days", "episodes",
                     "total_active_hours", "mean_speed_drop_kmh", "typical_start_hour"],
                    findings.Locations.Select(l => (IReadOnlyList<string>)
                    [
                        l.UpstreamLinkId, name(l.UpstreamLinkId), l.DownstreamLinkId, name(l.DownstreamLinkId), Cells.Integer(l.ActiveDays),
                        Cells.Integer(l.EpisodeCount), Cells.Number(l.TotalActive.TotalHours, 2), Cells.Number(l.MeanSpeedDropKmh, 1),
                        Cells.Integer(l.TypicalStartHour),
                    ]).ToList()),
                new ReportTable(
                    "bottleneck-episodes",
                    "Every bottleneck episode",
                    ["upstream_link_id", "downstream_link_id", "start", "end", "duration_min", "active_intervals", "upstream_speed_kmh", "downstream_speed_kmh"],
                    findings.Episodes.OrderBy(e => e.Start).Select(e => (IReadOnlyList<string>)
                    [
                        e.UpstreamLinkId, e.DownstreamLinkId, Cells.Time(e.Start), Cells.Time(e.End),
                        Cells.Number(e.Duration.TotalMinutes, 0), Cells.Integer(e.ActiveIntervals),
                        Cells.Number(e.MeanUpstreamSpeedKmh, 1), Cells.Number(e.MeanDownstreamSpeedKmh, 1),
                    ]).ToList())
                {
                    PreviewRows = 10,
                },
            ],
        };
    }

    private static string Shorten(string text) => text.Length <= 48 ? text : string.Concat(text.AsSpan(0, 47), "…");
}
