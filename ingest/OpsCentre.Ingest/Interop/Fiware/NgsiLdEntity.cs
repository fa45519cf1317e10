using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpsCentre.Contracts.Assets;
using OpsCentre.Ingest.Geo;

namespace OpsCentre.Ingest.Interop.Fiware;

/// <summary>
/// Read access to one NGSI-LD entity in <em>normalized</em> form, where every attribute is
/// <c>{"type":"Property","value":…,"unitCode":…}</c>, <c>{"type":"GeoProperty","value":GeoJSON}</c> or
/// <c>{"type":"Relationship","object":urn}</c>, and date-times may be plain strings or <c>{"@type":"DateTime","@value":…}</c>.
/// </summary>
internal sealed partial class NgsiLdEntity(JsonElement root)
{
    public string? Id => JsonFields.String(root, "id");

    public string? Type => JsonFields.String(root, "type");

    public IEnumerable<string> AttributeNames =>
        root.EnumerateObject().Select(p => p.Name).Where(n => n is not ("id" or "type" or "@context"));

    public double? Number(string attribute) => Attribute(attribute) is { } a && a.TryGetProperty("value", out var value) ? JsonFields.Number(value) : null;

    public string? UnitCode(string attribute) => Attribute(attribute) is { } a ? JsonFields.String(a, "unitCode") : null;

    public bool? Boolean(string attribute) => Attribute(attribute) is { } a ? JsonFields.Boolean(a, "value") : null;

    public string? Relationship(string attribute)
    {
        if (Attribute(attribute) is not { } a || !a.TryGetProperty("object", out var target))
        {
            return null;
        }

        return target.ValueKind switch
        {
            JsonValueKind.String => target.GetString(),
            JsonValueKind.Array => target.EnumerateArray().Select(t => t.ValueKind == JsonValueKind.String ? t.GetString() : null).FirstOrDefault(t => t is not null),
            _ => null,
        };
    }

    public string? Text(string attribute) => Attribute(attribute) is { } a ? JsonFields.String(a, "value") : null;

    public string? AddressText()
    {
        if (Attribute("address") is not { } a || JsonFields.Object(a, "value") is not { } address)
        {
            return null;
        }

        var parts = new[] { JsonFields.String(address, "streetAddress"), JsonFields.String(address, "addressLocality") }
            .Where(p => !string.IsNullOrWhiteSpace(p));
        var text = string.Join(", ", parts);
        return text.Length > 0 ? text : null;
    }

    /// <summary>
    /// A date-time attribute. NGSI-LD date-times are UTC; one written without an offset (as in several published
    /// examples) is read as UTC.
    /// </summary>
    public DateTimeOffset? DateTime(string attribute)
    {
        if (Attribute(attribute) is not { } a || !a.TryGetProperty("value", out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object => JsonFields.String(value, "@value"),
            _ => null,
        };
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            ? parsed
            : null;
    }

    /// <summary>The <c>location</c> GeoProperty as a path: one point for a Point, the line for a LineString, the outer ring for a Polygon.</summary>
    public IReadOnlyList<GeoPoint>? LocationPath()
    {
        if (Attribute("location") is not { } a || JsonFields.Object(a, "value") is not { } geometry
            || !geometry.TryGetProperty("coordinates", out var coordinates))
        {
            return null;
        }

        var positions = JsonFields.String(geometry, "type") switch
        {
            "Point" => [coordinates],
            "LineString" => [.. coordinates.EnumerateArray()],
            "Polygon" when coordinates.GetArrayLength() > 0 => [.. coordinates[0].EnumerateArray()],
            _ => Array.Empty<JsonElement>(),
        };
        var path = positions
            .Where(p => p.ValueKind == JsonValueKind.Array && p.GetArrayLength() >= 2)
            .Select(p => new GeoPoint(p[1].GetDouble(), p[0].GetDouble()))
            .ToList();
        return path.Count > 0 && path.All(p => p.IsValid) ? path : null;
    }

    public GeoPoint? Location() => LocationPath() is { } path ? GeoPath.PointAt(path, 0.5) : null;

    /// <summary>
    /// Which device an observation came from: its <c>refDevice</c> or <c>refPointOfInterest</c>, else the entity id
    /// without the observation timestamp many publishers append (".../Vitoria-NoiseLevelObserved-2016-12-28T11:00:00_…").
    /// </summary>
    public string? SourceKey() =>
        Relationship("refDevice") ?? Relationship("refPointOfInterest") ?? (Id is { } id ? TrailingTimestamp().Replace(id, "") : null);

    private JsonElement? Attribute(string name) => JsonFields.Object(root, name);

    [GeneratedRegex(@"[-_]?\d{4}-\d{2}-\d{2}T[0-9:.]+(Z|[+-]\d{2}:?\d{2})?([-_]\d{4}-\d{2}-\d{2}T[0-9:.]+(Z|[+-]\d{2}:?\d{2})?)*$")]
    private static partial Regex TrailingTimestamp();
}
