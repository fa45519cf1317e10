using OpenQA.Selenium.Interactions;
using OpsCentre.Console.Tests.Congestion;

namespace OpsCentre.Console.Tests.Browser;

/// <summary>
/// A traffic analyst's look at a queue forming, in real headless Chromium: the links coloured by congestion, a link
/// picked off the map with the mouse, its charts and the heatmap, a different period, and the CSV exports.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TrafficAnalysisTests(ConsoleFixture fixture)
{
    private const string Congested = "#ff7b72";

    [Fact]
    public async Task Analyst_sees_congested_links_picks_one_on_the_map_sees_its_charts_changes_the_period_and_exports_csv()
    {
        var scenario = await TrafficScenario.PublishAsync(fixture.Node);
        await scenario.WaitUntilAnalysedAsync(fixture.Node);
        var page = fixture.Page;
        page.SignIn("analyst");
        var upstream = $"#congestion-map path[data-link='{scenario.UpstreamLinkId}']";

        page.Open("analysis", $"{upstream}[data-band='severe']");

        Assert.Equal(Congested, page.Attributes(upstream, "stroke").Single());
        Assert.Equal("free", page.Attributes($"#congestion-map path[data-link='{scenario.DownstreamLinkId}']", "data-band").Single());
        Assert.Contains("Congestion level", page.Text("#congestion-legend"));
        Assert.Contains("50 % and over (congested)", page.Text("#congestion-legend"));
        Assert.Contains(scenario.UpstreamLinkId, page.Attributes("#bottlenecks tbody tr", "data-upstream"));
        Assert.Equal("true", page.Attributes("#preset-3h", "aria-pressed").Single());

        ClickOnTheLine(page, upstream);

        page.Until(() => ImageLoaded(page, "#link-chart img"), "the selected link's chart");
        Assert.Contains(scenario.UpstreamLinkId, page.Text("#link-facts"));
        Assert.StartsWith("Chart of ", page.Attributes("#link-chart img", "alt").Single());
        Assert.Contains("Travel Time Index highest at 4.00", page.Attributes("#link-chart img", "alt").Single());
        page.Until(() => ImageLoaded(page, "img#heatmap"), "the hour-of-week heatmap");
        Assert.Contains("Heatmap of median Travel Time Index", page.Attributes("img#heatmap", "alt").Single());
        page.Click("#heatmap-link");
        page.Until(() => page.Attributes("img#heatmap", "src").Single()?.Contains($"link={scenario.UpstreamLinkId}", StringComparison.Ordinal) == true, "the heatmap of the selected link");
        page.Until(() => ImageLoaded(page, "img#heatmap"), "the selected link's heatmap");
        var violations = page.AccessibilityViolations();
        page.Screenshot("traffic-analysis");
        Assert.True(violations.Count == 0, $"{violations.Count} axe-core violations:\n{string.Join("\n", violations)}");

        var seriesCsv = page.Attributes("#export-series", "href").Single()!;
        var download = (string)page.AsyncScript("""
            const done = arguments[arguments.length - 1];
            fetch(arguments[0]).then(async r => done(`${r.status}|${r.headers.get('content-type')}|${r.headers.get('content-disposition')}|${(await r.text()).split('\r\n')[0]}`))
              .catch(e => done(String(e)));
            """, seriesCsv)!;
        Assert.Equal(
            ["200", "text/csv; charset=utf-8", "link_id,interval_start_utc,interval_end_utc,readings,speed_kmh,travel_time_s,flow_vph,vehicles,travel_time_index"],
            download.Split('|').Where((_, i) => i != 2));
        Assert.Contains($"filename=congestion-{scenario.UpstreamLinkId}-", download.Split('|')[2]);
        Assert.Contains("/api/congestion/links.csv?from=", page.Attributes("#export-links", "href").Single());

        // A period before the queue formed: the link was free flowing then, so it loses its red.
        page.Script<object>("""
            document.getElementById('range-from').value = arguments[0];
            document.getElementById('range-to').value = arguments[1];
            document.getElementById('range-to').focus();
            """, scenario.Start.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm"), scenario.Start.AddMinutes(55).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm"));
        page.Press(OpenQA.Selenium.Keys.Enter);

        page.Until(() => page.Attributes(upstream, "data-band").Single() == "free", "the link re-coloured for the earlier period");
        Assert.Equal("false", page.Attributes("#preset-3h", "aria-pressed").Single());
        page.Until(() => page.Attributes("#link-chart img", "alt").SingleOrDefault()?.Contains("over 11 intervals", StringComparison.Ordinal) == true, "the chart redrawn for the earlier period");
        Assert.Contains($"from={Uri.EscapeDataString(scenario.Start.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm"))}", page.Attributes("#export-links", "href").Single());
        page.Screenshot("traffic-analysis-earlier-period");
    }

    /// <summary>Clicks with the mouse on a point of the drawn line itself (an SVG polyline's box centre may miss it).</summary>
    private static void ClickOnTheLine(ConsolePage page, string pathSelector)
    {
        var point = page.Script<IReadOnlyCollection<object>>("""
            const path = document.querySelector(arguments[0]);
            const p = path.getPointAtLength(path.getTotalLength() / 2);
            const screen = new DOMPoint(p.x, p.y).matrixTransform(path.getScreenCTM());
            return [Math.round(screen.x), Math.round(screen.y)];
            """, pathSelector)!.Select(Convert.ToInt32).ToArray();
        new Actions(page.Driver).MoveToLocation(point[0], point[1]).Click().Perform();
    }

    private static bool ImageLoaded(ConsolePage page, string css) =>
        page.Script<bool>("const img = document.querySelector(arguments[0]); return !!img && img.complete && img.naturalWidth > 0;", css);
}
