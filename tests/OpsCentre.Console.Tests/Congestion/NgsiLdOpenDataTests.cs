using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpsCentre.Congestion.Fiware;
using OpsCentre.Congestion.Fiware.Schema;
using OpsCentre.Tests;

namespace OpsCentre.Console.Tests.Congestion;

/// <summary>
/// The open-data NGSI-LD feed on a running node, read without signing in, exactly as a third party would: every
/// entity it serves must be a valid FIWARE TrafficFlowObserved (the smart-data-model's own schema, shipped in
/// ../shared/data) and carry nothing about people.
/// </summary>
[Collection(CongestionNodeCollection.Name)]
public sealed class NgsiLdOpenDataTests(CongestionNodeFixture fixture)
{
    private const string SchemaId = "https://smart-data-models.github.io/dataModel.Transportation/TrafficFlowObserved/schema.json";
    private static readonly string Fiware = TestData.File("city", "interop", "fiware");
    private static readonly JsonSchemaValidator Validator = JsonSchemaValidator.FromFiles(
        Path.Combine(Fiware, "TrafficFlowObserved", "schema.json"),
        Path.Combine(Fiware, "_shared", "data-models", "common-schema.json"));

    private static readonly HashSet<string> PublishedAttributes =
    [
        "id", "type", "@context", "name", "dataProvider", "dateObserved", "dateObservedFrom", "dateObservedTo",
        "averageVehicleSpeed", "intensity", "laneDirection", "refRoadSegment", "location", "congested",
    ];

    [Fact]
    public async Task Every_entity_served_without_sign_in_is_valid_against_the_TrafficFlowObserved_schema()
    {
        using var client = fixture.Node.Client();

        var response = await client.GetAsync("/ngsi-ld/v1/entities?type=TrafficFlowObserved&limit=1000");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType!.MediaType);
        var entities = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        Assert.Equal(2, entities.Count);
        foreach (var entity in entities.Select(e => e!.AsObject()))
        {
            Assert.Empty(NgsiLdNormalizedForm.CheckStructure(entity));
            var violations = Validator.Validate(NgsiLdNormalizedForm.ToKeyValues(entity), SchemaId);
            Assert.True(violations.Count == 0, $"{entity["id"]}: {string.Join("\n", violations)}");
            Assert.Subset(PublishedAttributes, entity.Select(a => a.Key).ToHashSet());
        }
    }

    [Fact]
    public async Task An_entity_carries_the_links_latest_closed_interval()
    {
        using var client = fixture.Node.Client();
        var id = TrafficFlowObservedMapper.EntityId(fixture.Scenario.UpstreamLinkId);

        var response = await client.GetAsync($"/ngsi-ld/v1/entities/{Uri.EscapeDataString(id)}");

        Assert.Equal("application/ld+json", response.Content.Headers.ContentType!.MediaType);
        var entity = NgsiLdNormalizedForm.ToKeyValues(JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
        Assert.Equal(id, entity["id"]!.GetValue<string>());
        Assert.Equal(TrafficScenario.QueueSpeedKmh, entity["averageVehicleSpeed"]!.GetValue<double>(), 0.1);
        Assert.True(entity["congested"]!.GetValue<bool>());
        // The newest interval is still open (no later reading closed it), so the entity shows the one before it.
        Assert.Equal(fixture.Scenario.End.AddMinutes(-5), DateTimeOffset.Parse(entity["dateObserved"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Pages_follow_limit_and_offset_and_count_the_whole_result()
    {
        using var client = fixture.Node.Client();

        var first = await client.GetAsync("/ngsi-ld/v1/entities?type=TrafficFlowObserved&limit=1&count=true");
        var second = await client.GetAsync("/ngsi-ld/v1/entities?type=TrafficFlowObserved&limit=1&offset=1");
        var beyond = await client.GetAsync("/ngsi-ld/v1/entities?type=TrafficFlowObserved&limit=1&offset=2");

        Assert.Equal("2", first.Headers.GetValues("NGSILD-Results-Count").Single());
        Assert.Contains("offset=1", first.Headers.GetValues("Link").Single());
        var ids = new[] { first, second }.Select(r => JsonNode.Parse(r.Content.ReadAsStringAsync().Result)!.AsArray().Single()!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(2, ids.Distinct().Count());
        Assert.Empty(JsonNode.Parse(await beyond.Content.ReadAsStringAsync())!.AsArray());
    }

    [Theory]
    [InlineData("/ngsi-ld/v1/entities?type=AirQualityObserved", "Unsupported entity type")]
    [InlineData("/ngsi-ld/v1/entities", "Entity type required")]
    [InlineData("/ngsi-ld/v1/entities?type=TrafficFlowObserved&limit=-1", "Invalid limit")]
    [InlineData("/ngsi-ld/v1/entities?type=TrafficFlowObserved&limit=100000", "Invalid limit")]
    [InlineData("/ngsi-ld/v1/entities?type=TrafficFlowObserved&offset=x", "Invalid offset")]
    public async Task A_query_that_cannot_be_served_is_a_400_with_an_ngsi_ld_error(string path, string title)
    {
        using var client = fixture.Node.Client();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("https://uri.etsi.org/ngsi-ld/errors/BadRequestData", error.GetProperty("type").GetString());
        Assert.Equal(title, error.GetProperty("title").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task An_unknown_entity_is_a_404_resource_not_found()
    {
        using var client = fixture.Node.Client();

        var response = await client.GetAsync($"/ngsi-ld/v1/entities/{Uri.EscapeDataString(TrafficFlowObservedMapper.EntityId("link-nowhere"))}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("https://uri.etsi.org/ngsi-ld/errors/ResourceNotFound", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
    }
}
