using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using OpsCentre.Console.Views;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Contracts.Readings;

namespace OpsCentre.Console.Tests.Views;

/// <summary>The page data endpoints over HTTP, fed through the node's embedded Kafka cluster.</summary>
public sealed class ViewsApiTests(NodeFixture fixture) : IClassFixture<NodeFixture>
{
    private TestNode Node => fixture.Node;

    [Fact]
    public async Task Road_links_come_gzipped_with_an_etag_and_a_repeat_costs_a_304()
    {
        using var client = await Node.SignedInAsync("analyst");
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/map/links");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        var first = await client.SendAsync(request);
        var repeat = new HttpRequestMessage(HttpMethod.Get, "/api/map/links");
        repeat.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await client.SendAsync(repeat);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("gzip", Assert.Single(first.Content.Headers.ContentEncoding));
        Assert.Equal("application/geo+json", first.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Camera_analytics_published_on_the_cctv_topic_appear_in_the_panel()
    {
        using var client = await Node.SignedInAsync("operator");
        var camera = $"cam-test-{Guid.NewGuid():N}"[..16];
        var at = DateTimeOffset.UtcNow;
        var reports = new[]
        {
            new CameraEvent(camera, at.AddMinutes(-2), new Dictionary<string, int> { ["car"] = 12, ["person"] = 3 }),
            new CameraEvent(camera, at.AddMinutes(-1), new Dictionary<string, int> { ["car"] = 14, ["person"] = 1 }, CameraEventKind.StoppedVehicle, 0.92, "lane-2"),
        };

        // The panel follows the topic from its end, so keep publishing until it has joined and seen them.
        var seen = await TestNode.EventuallyAsync(async () =>
        {
            await Node.PublishCameraEventsAsync(reports);
            return (await client.GetAsync($"/api/views/cameras/{camera}")).IsSuccessStatusCode;
        }, TimeSpan.FromSeconds(30));
        var summaries = await client.GetFromJsonAsync<List<CameraSummary>>("/api/views/cameras", TestNode.Json);
        var timeline = await client.GetFromJsonAsync<CameraTimeline>($"/api/views/cameras/{camera}", TestNode.Json);

        Assert.True(seen, "the CCTV panel never showed the camera");
        var summary = Assert.Single(summaries!, s => s.AssetId == camera);
        Assert.Equal(14, summary.LatestCounts["car"]);
        Assert.Equal(CameraEventKind.StoppedVehicle, summary.LatestEvent!.Kind);
        Assert.Equal(CameraEventKind.StoppedVehicle, timeline!.RecentEvents[0].Kind);
        Assert.Equal("lane-2", timeline.RecentEvents[0].Zone);
        Assert.Contains(timeline.Buckets, b => b.MeanCounts.GetValueOrDefault("car") == 12);
    }

    [Fact]
    public async Task An_unknown_camera_is_a_404_with_a_reason()
    {
        using var client = await Node.SignedInAsync("operator");

        var response = await client.GetAsync("/api/views/cameras/cam-never-seen");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("cam-never-seen", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Topic_flow_lists_every_topic_and_counts_what_was_published()
    {
        using var client = await Node.SignedInAsync("supervisor");
        await Node.PublishCameraEventsAsync([new CameraEvent("cam-flow", DateTimeOffset.UtcNow, new Dictionary<string, int> { ["car"] = 1 })]);

        TopicFlowSnapshot? flow = null;
        var counted = await TestNode.EventuallyAsync(async () =>
        {
            flow = await client.GetFromJsonAsync<TopicFlowSnapshot>("/api/views/topics", TestNode.Json);
            return flow!.Topics.Any(t => t.Topic == CityTopics.Cctv && t.EndOffsetTotal > 0);
        }, TimeSpan.FromSeconds(20));

        Assert.True(counted, "the cctv topic's messages were never counted");
        Assert.Equal(CityTopics.All, flow!.Topics.Select(t => t.Topic));
        Assert.All(flow.Topics, t => Assert.Equal(2, t.Partitions));
        Assert.Null(flow.Error);
    }

    [Fact]
    public async Task Service_levels_are_the_sla_deadlines_in_seconds()
    {
        using var client = await Node.SignedInAsync("operator");

        var levels = await client.GetFromJsonAsync<ServiceLevels>("/api/views/sla", TestNode.Json);

        Assert.Equal([120, 300, 900, 3600, 14400], levels!.AcknowledgeWithinSeconds);
        Assert.Equal(5, levels.ResolveWithinSeconds.Count);
    }
}
