using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OpsCentre.Console.Interop;
using OpsCentre.Contracts;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Ingest.Catalogue;
using OpsCentre.Kafka;
using OpsCentre.Kafka.Consuming;
using OpsCentre.Kafka.Publishing;

namespace OpsCentre.Console.Tests.Interop;

/// <summary>A FIWARE device the city has never heard of reports in NGSI-LD, through a real node and its Kafka.</summary>
public sealed class NgsiLdIngestTests(NodeFixture fixture) : IClassFixture<NodeFixture>
{
    private TestNode Node => fixture.Node;

    [Fact]
    public async Task An_unknown_device_is_registered_on_every_nodes_registry_and_its_reading_reaches_its_new_asset()
    {
        var response = await IngestAsync(NoiseEntity("Bedminster"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var result = (await response.Content.ReadFromJsonAsync<InteropResult>(TestNode.Json))!;
        var assetId = Assert.Single(result.RegisteredAssets);
        Assert.Equal(1, result.Events);
        Assert.True(Node.Services.GetRequiredService<CityCatalogue>().TryGet(assetId, out _));

        // The registry topic carries it for the other nodes (and this one after a restart).
        using var tail = TopicTail.Open(Node.Services.GetRequiredService<KafkaConnection>(), CityTopics.AssetRegistry, "registry-check", NullLogger.Instance, fromStart: true);
        var registered = new List<string>();
        using (var reading = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            tail.Follow(value => registered.Add(JsonSerializer.Deserialize(value, ContractJson.Default.AssetDescriptor)!.AssetId), reading.Token);
        }

        Assert.Contains(assetId, registered);

        // The city stage hosts the new asset with its reading: the decoder knew it by the time the reading came.
        using var operatorClient = await Node.SignedInAsync("operator");
        var hosted = await TestNode.EventuallyAsync(async () => (await operatorClient.GetAsync($"/api/assets/{assetId}")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30));
        Assert.True(hosted, $"{assetId} never appeared on /api/assets");
        var detail = await operatorClient.GetStringAsync($"/api/assets/{assetId}");
        Assert.Contains("67.8", detail);
    }

    [Fact]
    public async Task A_notification_brings_each_of_its_entities()
    {
        var notification = $$"""{"id":"urn:ngsi-ld:Notification:1","type":"Notification","subscriptionId":"urn:ngsi-ld:Subscription:1","data":[{{NoiseEntity("Clifton")}},{{NoiseEntity("Redland")}}]}""";

        var response = await IngestAsync(notification);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var result = (await response.Content.ReadFromJsonAsync<InteropResult>(TestNode.Json))!;
        Assert.Equal(2, result.Messages);
        Assert.Equal(2, result.Events);
        Assert.Equal(2, result.RegisteredAssets.Count);
    }

    [Fact]
    public async Task Without_the_token_the_feed_is_refused_and_nothing_is_published()
    {
        using var client = Node.Client();
        var produced = Node.Services.GetRequiredService<KafkaPublisher>().Produced;

        var response = await client.PostAsync(InteropEndpoints.NgsiLdPath, new StringContent(NoiseEntity("Easton"), Encoding.UTF8, "application/ld+json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(produced, Node.Services.GetRequiredService<KafkaPublisher>().Produced);
    }

    [Theory]
    [InlineData("{not json", "not JSON")]
    [InlineData("42", "an entity, an array of entities or a Notification")]
    [InlineData("""{"type":"Notification"}""", "'data' array")]
    public async Task An_unreadable_body_gets_a_400_that_says_why_and_is_dead_lettered(string body, string why)
    {
        var deadLetters = Node.Services.GetRequiredService<DeadLetterPublisher>();
        var before = deadLetters.Count;

        var response = await IngestAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(why, await response.Content.ReadAsStringAsync());
        Assert.Equal(before + 1, deadLetters.Count);
    }

    private async Task<HttpResponseMessage> IngestAsync(string body)
    {
        using var client = Node.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestNode.IngestToken);
        return await client.PostAsync(InteropEndpoints.NgsiLdPath, new StringContent(body, Encoding.UTF8, "application/ld+json"));
    }

    /// <summary>The shipped FIWARE noise example, as a new device in Bristol reporting its last hour now.</summary>
    private static string NoiseEntity(string place)
    {
        var example = File.ReadAllText(Path.Combine(OpsCentre.Tests.TestData.DataRoot, "city", "interop", "fiware", "NoiseLevelObserved", "example-normalized.jsonld"));
        var end = DateTimeOffset.UtcNow.AddMinutes(-1);
        var device = $"{place}{Guid.NewGuid():N}"[..(place.Length + 8)];
        return example
            .Replace("Vitoria-NoiseLevelObserved", $"{device}-NoiseLevelObserved", StringComparison.Ordinal)
            .Replace("2016-12-28T11:00:00.00Z", end.AddHours(-1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"), StringComparison.Ordinal)
            .Replace("2016-12-28T12:00:00.00Z", end.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"), StringComparison.Ordinal)
            .Replace("2016-12-28T11:00:00_2016-12-28T12:00:00", "now", StringComparison.Ordinal)
            .Replace("-2.698", "-2.597", StringComparison.Ordinal)
            .Replace("42.8491", "51.449", StringComparison.Ordinal);
    }
}
