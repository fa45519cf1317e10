using System.Text.Json.Nodes;
using OpsCentre.Congestion.Fiware.Schema;

namespace OpsCentre.Congestion.Tests.Fiware;

public class JsonSchemaValidatorTests
{
    private const string SchemaId = "https://smart-data-models.github.io/dataModel.Transportation/TrafficFlowObserved/schema.json";

    [Fact]
    public void A_minimal_valid_entity_passes() => Assert.Empty(Validate(Minimal()));

    [Fact]
    public void Missing_required_member_is_reported()
    {
        var entity = Minimal();
        entity.Remove("dateObserved");

        var violation = Assert.Single(Validate(entity));
        Assert.Equal("required", violation.Keyword);
        Assert.Contains("dateObserved", violation.Message);
    }

    [Fact]
    public void Wrong_entity_type_breaks_the_enum()
    {
        var entity = Minimal();
        entity["type"] = "TrafficFlow";

        Assert.Contains(Validate(entity), v => v.Keyword == "enum" && v.InstancePath == "/type");
    }

    [Fact]
    public void Negative_speed_breaks_the_minimum()
    {
        var entity = Minimal();
        entity["averageVehicleSpeed"] = -3.5;

        Assert.Contains(Validate(entity), v => v.Keyword == "minimum" && v.InstancePath == "/averageVehicleSpeed");
    }

    [Fact]
    public void Occupancy_above_one_breaks_the_maximum()
    {
        var entity = Minimal();
        entity["occupancy"] = 1.2;

        Assert.Contains(Validate(entity), v => v.Keyword == "maximum");
    }

    [Fact]
    public void Date_time_without_a_zone_breaks_the_format()
    {
        var entity = Minimal();
        entity["dateObservedFrom"] = "2014-08-01 10:00";

        Assert.Contains(Validate(entity), v => v.Keyword == "format" && v.InstancePath == "/dateObservedFrom");
    }

    [Fact]
    public void Fractional_lane_id_is_not_an_integer()
    {
        var entity = Minimal();
        entity["laneId"] = 1.5;

        Assert.Contains(Validate(entity), v => v.Keyword == "type" && v.InstancePath == "/laneId");
    }

    [Fact]
    public void Location_must_match_exactly_one_GeoJSON_shape()
    {
        var entity = Minimal();
        entity["location"] = new JsonObject { ["type"] = "LineString", ["coordinates"] = new JsonArray(new JsonArray(10.2)) };

        Assert.Contains(Validate(entity), v => v.Keyword == "oneOf" && v.InstancePath == "/location");
    }

    [Fact]
    public void Id_that_is_neither_a_plain_name_nor_a_URI_breaks_anyOf()
    {
        var entity = Minimal();
        entity["id"] = "has spaces in it";

        Assert.Contains(Validate(entity), v => v.Keyword == "anyOf" && v.InstancePath == "/id");
    }

    [Fact]
    public void A_keyword_the_validator_does_not_know_is_refused_not_ignored()
    {
        var schema = JsonNode.Parse("""{ "$id": "urn:test", "type": "object", "propertyNames": { "maxLength": 3 } }""")!;

        Assert.Throws<NotSupportedException>(() => new JsonSchemaValidator([schema]).Validate(new JsonObject(), "urn:test"));
    }

    private static IReadOnlyList<SchemaViolation> Validate(JsonObject entity) => TrafficFlowObservedMapperTests.Validator.Validate(entity, SchemaId);

    private static JsonObject Minimal() => new()
    {
        ["id"] = "urn:ngsi-ld:TrafficFlowObserved:1",
        ["type"] = "TrafficFlowObserved",
        ["dateObserved"] = "2014-08-01T10:00:00Z",
    };
}
