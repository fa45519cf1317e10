using System.Globalization;
using System.Text.Json.Nodes;
using OpsCentre.Congestion.Network;
using OpsCentre.Congestion.Streaming;

namespace OpsCentre.Congestion.Fiware;

/// <summary>
/// Publishes a link's current state as a FIWARE TrafficFlowObserved entity in NGSI-LD normalized form (the shape of
/// the model's example-normalized.jsonld). A pure function, so an HTTP endpoint or a broker publisher can call it.
/// One entity per link (its id is stable), updated as new readings arrive, which is how context brokers hold
/// "observed" entities.
/// </summary>
public static class TrafficFlowObservedMapper
{
    public const string EntityType = "TrafficFlowObserved";

    public static string EntityId(string linkId) => $"urn:ngsi-ld:{EntityType}:{Uri.EscapeDataString(linkId)}";

    public static string RoadSegmentId(string linkId) => $"urn:ngsi-ld:RoadSegment:{Uri.EscapeDataString(linkId)}";

    /// <exception cref="InvalidOperationException">The link has no reading yet: there is nothing observed to publish.</exception>
    public static JsonObject ToNormalizedEntity(LinkCongestionState state, RoadLink link, TrafficFlowObservedOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(link);
        options ??= new TrafficFlowObservedOptions();
        options.Validate();
        if (state.LinkId != link.Id)
        {
            throw new ArgumentException($"State of link '{state.LinkId}' cannot be published on link '{link.Id}'.", nameof(link));
        }

        if (state.LastObservation is not { } reading)
        {
            throw new InvalidOperationException($"Link '{state.LinkId}' has no reading yet.");
        }

        var observedTo = reading.Timestamp.ToUniversalTime();
        var observedAt = Iso(observedTo);
        var entity = new JsonObject
        {
            ["id"] = EntityId(link.Id),
            ["type"] = EntityType,
            ["name"] = Property(link.Name),
            ["dataProvider"] = Property(options.DataProvider),
            ["dateObserved"] = Property(DateTimeLiteral(observedAt)),
            ["dateObservedFrom"] = Property(DateTimeLiteral(Iso(observedTo - options.ObservationPeriod))),
            ["dateObservedTo"] = Property(DateTimeLiteral(observedAt)),
            ["averageVehicleSpeed"] = Property(Math.Round(reading.SpeedKmh, 2), observedAt, unitCode: "KMH"),
            ["intensity"] = Property(reading.VehicleCount, observedAt),
            ["laneDirection"] = Property("forward"),
            ["refRoadSegment"] = new JsonObject { ["type"] = "Relationship", ["object"] = RoadSegmentId(link.Id) },
            ["location"] = new JsonObject
            {
                ["type"] = "GeoProperty",
                ["value"] = new JsonObject
                {
                    ["type"] = "LineString",
                    ["coordinates"] = new JsonArray(link.Polyline
                        .Select(p => (JsonNode)new JsonArray(p.Longitude, p.Latitude))
                        .ToArray()),
                },
            },
        };

        // The model reads "absence means no congestion", so the flag is only sent once free flow is known to judge by.
        if (state.TravelTimeIndex is not null)
        {
            entity["congested"] = Property(state.IsCongested, observedAt);
        }

        entity["@context"] = new JsonArray(options.ContextUrl);
        return entity;
    }

    private static JsonObject Property(JsonNode? value, string? observedAt = null, string? unitCode = null)
    {
        var property = new JsonObject { ["type"] = "Property", ["value"] = value };
        if (observedAt is not null)
        {
            property["observedAt"] = observedAt;
        }

        if (unitCode is not null)
        {
            property["unitCode"] = unitCode;
        }

        return property;
    }

    private static JsonObject DateTimeLiteral(string iso) => new() { ["@type"] = "DateTime", ["@value"] = iso };

    private static string Iso(DateTimeOffset utc) => utc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
