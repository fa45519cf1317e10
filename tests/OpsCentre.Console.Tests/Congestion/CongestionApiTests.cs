using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OpsCentre.Console.Tests.Congestion;

/// <summary>The traffic team's congestion API on a running node fed real Kafka readings: what it answers, and what it refuses.</summary>
[Collection(CongestionNodeCollection.Name)]
public sealed class CongestionApiTests(CongestionNodeFixture fixture)
{
    private TrafficScenario Scenario => fixture.Scenario;

    [Fact]
    public async Task Links_are_a_geojson_collection_with_each_links_indices_over_the_range()
    {
        using var client = await fixture.Node.SignedInAsync("analyst");

        var response = await client.GetAsync($"/api/congestion/links?{Scenario.Query}");
        var links = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("application/geo+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("FeatureCollection", links.GetProperty("type").GetString());
        var upstream = Feature(links, Scenario.UpstreamLinkId);
        Assert.Equal("LineString", upstream.GetProperty("geometry").GetProperty("type").GetString());
        var properties = upstream.GetProperty("properties");
        Assert.Equal(TrafficScenario.Intervals, properties.GetProperty("intervals").GetInt32());
        Assert.Equal(TrafficScenario.FreeSpeedKmh, properties.GetProperty("freeFlowSpeedKmh").GetDouble(), 0.5);
        // 12 free intervals and 10 at a quarter of free-flow speed: mean travel time (12 + 40) / 22 of free flow.
        Assert.Equal(52.0 / 22, properties.GetProperty("travelTimeIndex").GetDouble(), 0.02);
        Assert.Equal((52.0 / 22 - 1) * 100, properties.GetProperty("congestionLevelPercent").GetDouble(), 0.5);
        Assert.Equal(4.0, properties.GetProperty("planningTimeIndex").GetDouble(), 0.02);
        Assert.True(properties.GetProperty("vehicleHoursOfDelay").GetDouble() > 0);
        Assert.Equal(1.0, Feature(links, Scenario.DownstreamLinkId).GetProperty("properties").GetProperty("travelTimeIndex").GetDouble(), 0.01);
    }

    [Fact]
    public async Task The_free_flow_basis_is_stated_with_the_reason_it_can_be_weak()
    {
        using var client = await fixture.Node.SignedInAsync("operator");

        var links = await client.GetFromJsonAsync<JsonElement>($"/api/congestion/links?{Scenario.Query}");

        var freeFlow = links.GetProperty("freeFlow");
        Assert.Contains("85th-percentile speed", freeFlow.GetProperty("note").GetString());
        Assert.Equal(2, freeFlow.GetProperty("quietHourLinks").GetInt32() + freeFlow.GetProperty("allReadingsLinks").GetInt32());
        Assert.Contains(Feature(links, Scenario.UpstreamLinkId).GetProperty("properties").GetProperty("freeFlowBasis").GetString(), new[] { "QuietHours", "AllReadings" });
    }

    [Fact]
    public async Task A_links_series_has_speed_travel_time_and_tti_per_interval()
    {
        using var client = await fixture.Node.SignedInAsync("analyst");

        var series = await client.GetFromJsonAsync<JsonElement>($"/api/congestion/links/{Scenario.UpstreamLinkId}/series?{Scenario.Query}");

        var intervals = series.GetProperty("intervals").EnumerateArray().ToList();
        Assert.Equal(TrafficScenario.Intervals, intervals.Count);
        Assert.Equal(Scenario.Start, intervals[0].GetProperty("start").GetDateTimeOffset());
        Assert.Equal(TrafficScenario.FreeSpeedKmh, intervals[0].GetProperty("speedKmh").GetDouble(), 0.1);
        Assert.Equal(TrafficScenario.QueueSpeedKmh, intervals[^1].GetProperty("speedKmh").GetDouble(), 0.1);
        Assert.Equal(4.0, intervals[^1].GetProperty("travelTimeIndex").GetDouble(), 0.02);
        Assert.Equal(5, intervals[0].GetProperty("readings").GetInt32());
    }

    [Fact]
    public async Task The_queue_on_the_upstream_link_is_listed_as_an_active_bottleneck()
    {
        using var client = await fixture.Node.SignedInAsync("analyst");

        var bottlenecks = await client.GetFromJsonAsync<JsonElement>($"/api/congestion/bottlenecks?{Scenario.Query}");

        var location = Assert.Single(bottlenecks.GetProperty("locations").EnumerateArray(), l => l.GetProperty("upstreamLinkId").GetString() == Scenario.UpstreamLinkId);
        Assert.Equal(Scenario.DownstreamLinkId, location.GetProperty("downstreamLinkId").GetString());
        Assert.Equal(TrafficScenario.DownstreamSpeedKmh - TrafficScenario.QueueSpeedKmh, location.GetProperty("meanSpeedDropKmh").GetDouble(), 0.5);
    }

    [Fact]
    public async Task The_hour_of_week_heatmap_has_168_hours_with_data_where_the_link_reported()
    {
        using var client = await fixture.Node.SignedInAsync("analyst");

        var heatmap = await client.GetFromJsonAsync<JsonElement>($"/api/congestion/heatmap?link={Scenario.UpstreamLinkId}&{Scenario.Query}");
        var network = await client.GetFromJsonAsync<JsonElement>($"/api/congestion/heatmap?{Scenario.Query}");

        var bins = heatmap.GetProperty("bins").EnumerateArray().ToList();
        Assert.Equal(168, bins.Count);
        Assert.Equal(TrafficScenario.Intervals, bins.Sum(b => b.GetProperty("intervals").GetInt32()));
        Assert.Equal(2 * TrafficScenario.Intervals, network.GetProperty("bins").EnumerateArray().Sum(b => b.GetProperty("intervals").GetInt32()));
        Assert.Equal("network", network.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task Csv_exports_come_as_text_csv_attachments_with_a_filename()
    {
        using var client = await fixture.Node.SignedInAsync("analyst");

        var links = await client.GetAsync($"/api/congestion/links.csv?{Scenario.Query}");
        var series = await client.GetAsync($"/api/congestion/links/{Scenario.UpstreamLinkId}/series.csv?{Scenario.Query}");

        foreach (var (response, name) in new[] { (links, "congestion-links-"), (series, $"congestion-{Scenario.UpstreamLinkId}-") })
        {
            Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
            Assert.StartsWith(name, response.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        }

        var linkRows = (await links.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("link_id,name,length_m,intervals,free_flow_basis", linkRows[0]);
        Assert.True(linkRows.Length > 200, "every road link of the city has a row");
        var seriesRows = (await series.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + TrafficScenario.Intervals, seriesRows.Length);
    }

    [Fact]
    public async Task Charts_are_svg_images_with_a_title()
    {
        using var client = await fixture.Node.SignedInAsync("analyst");

        foreach (var path in new[] { $"/api/congestion/links/{Scenario.UpstreamLinkId}/chart.svg", "/api/congestion/heatmap.svg" })
        {
            var response = await client.GetAsync($"{path}?{Scenario.Query}");
            Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
            var svg = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Contains(svg.Root!.Elements(), e => e.Name.LocalName == "title");
        }
    }

    [Theory]
    [InlineData("/api/congestion/links?from=2026-11-02T10:00:00Z&to=2026-11-02T09:00:00Z", "must be before to")]
    [InlineData("/api/congestion/bottlenecks?from=2025-01-01&to=2026-11-02", "at most 31 days")]
    [InlineData("/api/congestion/heatmap?from=last-week", "from: 'last-week' is not an ISO 8601 date")]
    [InlineData("/api/congestion/links.csv?to=tomorrow", "to: 'tomorrow'")]
    public async Task A_bad_range_is_a_400_problem_that_says_what_was_wrong(string path, string expected)
    {
        using var client = await fixture.Node.SignedInAsync("analyst");

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(expected, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/congestion/links/link-nowhere/series")]
    [InlineData("/api/congestion/links/link-nowhere/series.csv")]
    [InlineData("/api/congestion/links/aq-001/chart.svg")]
    [InlineData("/api/congestion/heatmap?link=link-nowhere")]
    public async Task An_unknown_link_is_a_404_problem_naming_it(string path)
    {
        using var client = await fixture.Node.SignedInAsync("analyst");

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("No such road link", problem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("police", HttpStatusCode.Forbidden)]
    public async Task The_congestion_api_is_for_staff_only(string? userName, HttpStatusCode expected)
    {
        using var client = userName is null ? fixture.Node.Client() : await fixture.Node.SignedInAsync(userName);

        var response = await client.GetAsync("/api/congestion/links");

        Assert.Equal(expected, response.StatusCode);
    }

    private static JsonElement Feature(JsonElement collection, string linkId) =>
        collection.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("id").GetString() == linkId);
}
