using System.Text.Json;
using System.Text.Json.Nodes;
using OpsCentre.Congestion.Data.Aarhus;
using OpsCentre.Congestion.Fiware;
using OpsCentre.Congestion.Fiware.Schema;
using OpsCentre.Congestion.Measures;
using OpsCentre.Congestion.Streaming;
using OpsCentre.Tests;

namespace OpsCentre.Congestion.Tests.Fiware;

public class TrafficFlowObservedMapperTests
{
    private const string SchemaId = "https://smart-data-models.github.io/dataModel.Transportation/TrafficFlowObserved/schema.json";
    private static readonly string FiwareFolder = TestData.File("city", "interop", "fiware");

    internal static JsonSchemaValidator Validator { get; } = JsonSchemaValidator.FromFiles(
        Path.Combine(FiwareFolder, "TrafficFlowObserved", "schema.json"),
        Path.Combine(FiwareFolder, "_shared", "data-models", "common-schema.json"));

    [Fact]
    public void Entity_from_real_Aarhus_readings_is_valid_against_the_TrafficFlowObserved_schema()
    {
        var entity = EntityFromRealReadings();

        Assert.Empty(NgsiLdNormalizedForm.CheckStructure(entity));
        // Validated as received over HTTP: serialised and parsed back.
        var received = JsonNode.Parse(entity.ToJsonString())!.AsObject();
        var violations = Validator.Validate(NgsiLdNormalizedForm.ToKeyValues(received), SchemaId);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public void Entity_carries_the_link_reading_and_congestion_flag()
    {
        var entity = EntityFromRealReadings();
        var keyValues = NgsiLdNormalizedForm.ToKeyValues(entity);

        Assert.Equal("urn:ngsi-ld:TrafficFlowObserved:182657", keyValues["id"]!.GetValue<string>());
        Assert.Equal("TrafficFlowObserved", keyValues["type"]!.GetValue<string>());
        Assert.Equal("urn:ngsi-ld:RoadSegment:182657", keyValues["refRoadSegment"]!.GetValue<string>());
        Assert.Equal("LineString", keyValues["location"]!["type"]!.GetValue<string>());
        Assert.EndsWith("Z", keyValues["dateObserved"]!.GetValue<string>());
        Assert.Contains(keyValues["congested"]!.GetValueKind(), new[] { JsonValueKind.True, JsonValueKind.False });
        Assert.True(keyValues["averageVehicleSpeed"]!.GetValue<double>() > 0);
        Assert.Equal("KMH", entity["averageVehicleSpeed"]!["unitCode"]!.GetValue<string>());
    }

    [Fact]
    public void The_published_example_entity_passes_the_same_checks()
    {
        var example = JsonNode.Parse(File.ReadAllText(Path.Combine(FiwareFolder, "TrafficFlowObserved", "example-normalized.jsonld")))!.AsObject();

        Assert.Empty(NgsiLdNormalizedForm.CheckStructure(example));
        Assert.Empty(Validator.Validate(NgsiLdNormalizedForm.ToKeyValues(example), SchemaId));
    }

    [Fact]
    public void A_link_without_readings_has_nothing_to_publish()
    {
        var segment = AarhusMetadataLoader.Load(Path.Combine(TestData.File("city", "traffic", "aarhus"), "trafficMetaData.csv"))[0];
        var empty = new LinkCongestionAccumulator(segment.ReportId, segment.DistanceMeters).Snapshot();

        Assert.Throws<InvalidOperationException>(() => TrafficFlowObservedMapper.ToNormalizedEntity(empty, segment.ToRoadLink()));
    }

    private static JsonObject EntityFromRealReadings()
    {
        var folder = TestData.File("city", "traffic", "aarhus");
        var segment = AarhusMetadataLoader.Load(Path.Combine(folder, "trafficMetaData.csv")).Single(s => s.ReportId == "182657");
        var file = AarhusObservationLoader.Load(Path.Combine(folder, "trafficData182657.csv"));
        var clock = new ManualClock(file.Observations[^1].Timestamp);
        var link = new LinkCongestionAccumulator(segment.ReportId, segment.DistanceMeters, clock: clock);
        foreach (var observation in file.Observations.Take(2000))
        {
            link.Add(observation);
        }

        Assert.NotNull(link.Snapshot().FreeFlow);
        return TrafficFlowObservedMapper.ToNormalizedEntity(link.Snapshot(), segment.ToRoadLink());
    }
}
