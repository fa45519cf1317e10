using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OpsCentre.Console.Interop;
using OpsCentre.Contracts;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Contracts.Readings;
using OpsCentre.Kafka;
using OpsCentre.Kafka.Consuming;

namespace OpsCentre.Console.Tests.Interop;

/// <summary>Frigate NVR's own event payload, bridged to HTTP, through a real node onto the CCTV topic.</summary>
public sealed class FrigateIngestTests(NodeFixture fixture) : IClassFixture<NodeFixture>
{
    private TestNode Node => fixture.Node;

    [Fact]
    public async Task A_frigate_event_becomes_a_count_from_the_mapped_city_camera_with_nothing_identifying_on_the_wire()
    {
        using var tail = TopicTail.Open(Node.Services.GetRequiredService<KafkaConnection>(), CityTopics.Cctv, "frigate-check", NullLogger.Instance);

        var response = await IngestAsync(InteropEndpoints.FrigateEventsPath, ShippedEventNow());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<InteropResult>(TestNode.Json))!.Events);
        var wire = new List<string>();
        using (var reading = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            tail.Follow(value => wire.Add(Encoding.UTF8.GetString(value)), reading.Token);
        }

        var published = Assert.Single(wire, w => w.Contains(TestNode.FrigateCamera, StringComparison.Ordinal));
        var camera = Assert.IsType<CameraEvent>(JsonSerializer.Deserialize(published, ContractJson.Default.CityEvent));
        Assert.Equal(1, camera.Counts["person"]);
        Assert.DoesNotContain("mxklsc", published, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_one_json_object_is_refused_not_skipped()
    {
        var response = await IngestAsync(InteropEndpoints.FrigateReviewsPath, "[1, 2]");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("one JSON object", await response.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> IngestAsync(string path, string body)
    {
        using var client = Node.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestNode.IngestToken);
        return await client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));
    }

    /// <summary>The shipped event (December 2020) moved to the last minute, so the live pipeline accepts its age.</summary>
    private static string ShippedEventNow()
    {
        var shipped = File.ReadAllText(Path.Combine(OpsCentre.Tests.TestData.DataRoot, "city", "interop", "frigate", "frigate_events.json"));
        var shift = DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds() - 1607123970L;
        return Regex.Replace(shipped, @"16071239\d\d\.\d+", m => (double.Parse(m.Value, CultureInfo.InvariantCulture) + shift).ToString("R", CultureInfo.InvariantCulture));
    }
}
