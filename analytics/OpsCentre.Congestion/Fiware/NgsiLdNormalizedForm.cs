using System.Text.Json.Nodes;
using OpsCentre.Congestion.Fiware.Schema;

namespace OpsCentre.Congestion.Fiware;

/// <summary>
/// The NGSI-LD normalized representation: every attribute other than id, type and @context is an object typed
/// Property (with a value), Relationship (with an object) or GeoProperty (with a GeoJSON value).
/// Smart-data-model schemas describe the key-values representation, so a normalized entity is checked in two steps:
/// its attribute structure here, then <see cref="ToKeyValues"/> against the model's schema.
/// </summary>
public static class NgsiLdNormalizedForm
{
    private static readonly HashSet<string> CoreMembers = ["id", "type", "@context"];

    public static IReadOnlyList<SchemaViolation> CheckStructure(JsonObject entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var violations = new List<SchemaViolation>();
        foreach (var member in CoreMembers.Where(m => !entity.ContainsKey(m)))
        {
            violations.Add(new SchemaViolation("", "ngsi-ld", $"'{member}' is missing."));
        }

        foreach (var (name, attribute) in entity.Where(a => !CoreMembers.Contains(a.Key)))
        {
            var path = "/" + name;
            if (attribute is not JsonObject typed)
            {
                violations.Add(new SchemaViolation(path, "ngsi-ld", "An attribute must be an object with a type."));
                continue;
            }

            var (kind, member) = typed["type"]?.GetValue<string>() switch
            {
                "Property" => ("Property", "value"),
                "GeoProperty" => ("GeoProperty", "value"),
                "Relationship" => ("Relationship", "object"),
                var other => (other, (string?)null),
            };
            if (member is null)
            {
                violations.Add(new SchemaViolation(path, "ngsi-ld", $"Attribute type '{kind}' is not Property, GeoProperty or Relationship."));
            }
            else if (!typed.ContainsKey(member))
            {
                violations.Add(new SchemaViolation(path, "ngsi-ld", $"A {kind} needs '{member}'."));
            }
        }

        return violations;
    }

    /// <summary>
    /// Drops the attribute wrappers: a Property becomes its value (a typed literal {"@type", "@value"} its @value),
    /// a Relationship its object, a GeoProperty its GeoJSON.
    /// </summary>
    public static JsonObject ToKeyValues(JsonObject entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var keyValues = new JsonObject();
        foreach (var (name, attribute) in entity)
        {
            keyValues[name] = CoreMembers.Contains(name) || attribute is not JsonObject typed
                ? attribute?.DeepClone()
                : Unwrap(typed);
        }

        return keyValues;
    }

    private static JsonNode? Unwrap(JsonObject attribute)
    {
        var inner = attribute["type"]?.GetValue<string>() == "Relationship" ? attribute["object"] : attribute["value"];
        return inner is JsonObject literal && literal.ContainsKey("@value") ? literal["@value"]?.DeepClone() : inner?.DeepClone();
    }
}
