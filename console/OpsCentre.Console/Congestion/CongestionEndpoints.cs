using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsCentre.Congestion.Measures;
using WeekHours = OpsCentre.Congestion.Statistics.HourOfWeek;

namespace OpsCentre.Console.Congestion;

/// <summary>
/// The traffic team's API, every answer over a window given by "from" and "to" (see <see cref="AnalysisWindow"/>):
/// GET /api/congestion/links (GeoJSON, indices per link) and links.csv; /links/{id}/series (per interval),
/// series.csv and chart.svg; /heatmap and heatmap.svg (hour of week, "link" for one link, else the network);
/// /bottlenecks. A bad range or an unknown link is a 400 or 404 problem that says which and why.
/// </summary>
public static class CongestionEndpoints
{
    public static IEndpointRouteBuilder MapCongestionViews(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/congestion");
        api.MapGet("/links", (HttpRequest request, CongestionQueries queries, CongestionOptions options, TimeProvider time) =>
            WithAnalysisAsync(request, queries, options, time, null, (analysis, _) => Results.Json(LinkFeatures.Collection(analysis, options), contentType: "application/geo+json")));
        api.MapGet("/links.csv", (HttpRequest request, CongestionQueries queries, CongestionOptions options, TimeProvider time) =>
            WithAnalysisAsync(request, queries, options, time, null, (analysis, _) =>
                Csv(CongestionCsv.Links(analysis), $"congestion-links-{Stamp(analysis.Window.From)}-{Stamp(analysis.Window.To)}.csv")));
        api.MapGet("/links/{id}/series", (string id, HttpRequest request, CongestionQueries queries, CongestionOptions options, TimeProvider time) =>
            WithAnalysisAsync(request, queries, options, time, id, (analysis, link) => Results.Ok(Series(link!, analysis, options))));
        api.MapGet("/links/{id}/series.csv", (string id, HttpRequest request, CongestionQueries queries, CongestionOptions options, TimeProvider time) =>
            WithAnalysisAsync(request, queries, options, time, id, (analysis, link) =>
                Csv(CongestionCsv.Series(link!), $"congestion-{link!.Link.Id}-{Stamp(analysis.Window.From)}-{Stamp(analysis.Window.To)}.csv")));
        api.MapGet("/links/{id}/chart.svg", (string id, HttpRequest request, CongestionQueries queries, CongestionOptions options, TimeProvider time) =>
            WithAnalysisAsync(request, queries, options, time, id, (analysis, link) => link!.Intervals.Count == 0
                ? Results.Problem(title: "Nothing to chart", detail: $"road link '{id}' has no closed intervals in the range", statusCode: StatusCodes.Status404NotFound)
                : Svg(CongestionCharts.Series(link, analysis.Window, options))));
        api.MapGet("/heatmap", (HttpRequest request, CongestionQueries queries, CongestionOptions options, TimeProvider time) =>
            WithAnalysisAsync(request, queries, options, time, request.Query["link"].FirstOrDefault(), (analysis, link) => Results.Ok(Heatmap(analysis, link))));
        api.MapGet("/heatmap.svg", (HttpRequest request, CongestionQueries queries, CongestionOptions options, TimeProvider time) =>
            WithAnalysisAsync(request, queries, options, time, request.Query["link"].FirstOrDefault(), (analysis, link) =>
                Svg(CongestionCharts.HourOfWeekHeatmap(
                    RangeAnalysis.TravelTimeIndexProfile(link is null ? analysis.Links : [link]),
                    $"Median Travel Time Index by hour of week ({options.TimeZoneId}): {link?.Link.Name ?? "all links"}"))));
        api.MapGet("/bottlenecks", (HttpRequest request, CongestionQueries queries, CongestionOptions options, TimeProvider time) =>
            WithAnalysisAsync(request, queries, options, time, null, (analysis, _) => Results.Ok(Bottlenecks(analysis))));
        return routes;
    }

    private static async Task<IResult> WithAnalysisAsync(
        HttpRequest request, CongestionQueries queries, CongestionOptions options, TimeProvider time, string? linkId, Func<RangeAnalysis, LinkRange?, IResult> answer)
    {
        var (window, error) = AnalysisWindow.Parse(request.Query, options, time.GetUtcNow());
        if (error is not null)
        {
            return Results.Problem(title: "Invalid time range", detail: error, statusCode: StatusCodes.Status400BadRequest);
        }

        var analysis = await queries.AnalyseAsync(window!).WaitAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
        if (linkId is null)
        {
            return answer(analysis, null);
        }

        return analysis.TryGet(linkId, out var link)
            ? answer(analysis, link)
            : Results.Problem(title: "No such road link", detail: $"'{linkId}' is not a road link in the city catalogue (ids look like link-02-E)", statusCode: StatusCodes.Status404NotFound);
    }

    private static object Series(LinkRange link, RangeAnalysis analysis, CongestionOptions options) => new
    {
        linkId = link.Link.Id,
        name = link.Link.Name,
        lengthMetres = Math.Round(link.Link.LengthMeters),
        from = analysis.Window.From,
        to = analysis.Window.To,
        intervalMinutes = options.Interval.TotalMinutes,
        freeFlow = link.FreeFlow is { } ff
            ? new { basis = ff.Basis.ToString(), speedKmh = Numbers.Round(ff.SpeedKmh, 1), travelTimeSeconds = Numbers.Round(ff.TravelTimeSeconds, 1), samples = ff.SampleCount }
            : null,
        freeFlowNote = FreeFlowNote.Describe(analysis, options),
        intervals = link.Intervals.Select(i => new
        {
            start = i.Start,
            end = i.End,
            readings = i.Readings,
            speedKmh = Numbers.Round(i.MeanSpeedKmh, 1),
            travelTimeSeconds = Numbers.Round(i.MeanTravelTimeSeconds, 1),
            flowVehiclesPerHour = Numbers.Round(i.MeanFlowVehiclesPerHour, 1),
            vehicles = Numbers.Round(i.Vehicles, 1),
            travelTimeIndex = link.FreeFlow is { } f ? Numbers.Round(TravelTimeMeasures.TravelTimeIndex(i.MeanTravelTimeSeconds, f.TravelTimeSeconds), 3) : null,
        }),
    };

    private static object Heatmap(RangeAnalysis analysis, LinkRange? link)
    {
        var profile = RangeAnalysis.TravelTimeIndexProfile(link is null ? analysis.Links : [link]);
        return new
        {
            scope = link?.Link.Id ?? "network",
            name = link?.Link.Name ?? "All links",
            from = analysis.Window.From,
            to = analysis.Window.To,
            measure = "median Travel Time Index",
            bins = profile.Bins.Select(b => new
            {
                hourOfWeek = b.HourOfWeek,
                day = WeekHours.DayName(b.HourOfWeek / 24),
                hour = b.HourOfDay,
                label = b.Label,
                intervals = b.Count,
                median = Numbers.Round(b.Median, 3),
            }),
        };
    }

    private static object Bottlenecks(RangeAnalysis analysis)
    {
        string NameOf(string linkId) => analysis.TryGet(linkId, out var link) ? link.Link.Name : linkId;
        return new
        {
            from = analysis.Window.From,
            to = analysis.Window.To,
            locations = analysis.Bottlenecks.Locations.Select(l => new
            {
                upstreamLinkId = l.UpstreamLinkId,
                upstreamName = NameOf(l.UpstreamLinkId),
                downstreamLinkId = l.DownstreamLinkId,
                downstreamName = NameOf(l.DownstreamLinkId),
                episodes = l.EpisodeCount,
                activeDays = l.ActiveDays,
                activeMinutes = Math.Round(l.TotalActive.TotalMinutes),
                meanSpeedDropKmh = Numbers.Round(l.MeanSpeedDropKmh, 1),
                typicalStartHour = l.TypicalStartHour,
            }),
            episodes = analysis.Bottlenecks.Episodes.OrderByDescending(e => e.Start).Take(500).Select(e => new
            {
                upstreamLinkId = e.UpstreamLinkId,
                downstreamLinkId = e.DownstreamLinkId,
                start = e.Start.ToUniversalTime(),
                end = e.End.ToUniversalTime(),
                activeIntervals = e.ActiveIntervals,
                meanUpstreamSpeedKmh = Numbers.Round(e.MeanUpstreamSpeedKmh, 1),
                meanDownstreamSpeedKmh = Numbers.Round(e.MeanDownstreamSpeedKmh, 1),
            }),
        };
    }

    private static IResult Csv(string text, string fileName) =>
        Results.File(Encoding.UTF8.GetBytes(text), "text/csv; charset=utf-8", fileName);

    private static IResult Svg(string svg) => Results.Text(svg, "image/svg+xml", Encoding.UTF8);

    private static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMdd'T'HHmm'Z'", CultureInfo.InvariantCulture);
}
