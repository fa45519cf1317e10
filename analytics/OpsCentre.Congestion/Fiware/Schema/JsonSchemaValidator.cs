using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OpsCentre.Congestion.Fiware.Schema;

/// <summary>
/// A focused JSON Schema (draft 2020-12) validator for the keywords the FIWARE smart-data-model schemas use:
/// $ref (local and cross-document), allOf, anyOf, oneOf, type, enum, required, properties, items, minItems, minimum,
/// maximum, minLength, maxLength, pattern and format (date-time, uri). The mirror serves no JSON-schema package that
/// restores (JsonSchema.Net and NJsonSchema both miss dependencies), hence this.
/// A keyword it does not know throws <see cref="NotSupportedException"/> instead of passing silently, so a schema
/// that grows a new constraint cannot be "validated" by ignoring it. Annotations (title, description, ...) are skipped.
/// Cross-document $refs resolve against the documents registered by their $id, so nothing is fetched.
/// </summary>
public sealed class JsonSchemaValidator
{
    private static readonly HashSet<string> Annotations =
        ["$schema", "$id", "$schemaVersion", "$comment", "title", "description", "modelTags", "definitions", "$defs", "examples", "default"];

    private static readonly Regex DateTimePattern = new(
        @"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant);

    private readonly Dictionary<string, JsonNode> _documents;

    public JsonSchemaValidator(IEnumerable<JsonNode> schemaDocuments)
    {
        _documents = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var document in schemaDocuments)
        {
            var id = document["$id"]?.GetValue<string>()
                     ?? throw new ArgumentException("Every registered schema document needs an $id.", nameof(schemaDocuments));
            _documents[id] = document;
        }
    }

    public static JsonSchemaValidator FromFiles(params string[] paths) =>
        new(paths.Select(p => JsonNode.Parse(File.ReadAllText(p)) ?? throw new InvalidDataException($"{p} is empty.")));

    /// <summary>Validates against the registered document with <paramref name="schemaId"/>.</summary>
    public IReadOnlyList<SchemaViolation> Validate(JsonNode? instance, string schemaId)
    {
        if (!_documents.TryGetValue(schemaId, out var document))
        {
            throw new ArgumentException($"No schema with $id '{schemaId}' is registered.", nameof(schemaId));
        }

        var violations = new List<SchemaViolation>();
        Check(instance, document, schemaId, "", violations);
        return violations;
    }

    private void Check(JsonNode? instance, JsonNode? schema, string documentId, string path, List<SchemaViolation> violations)
    {
        if (schema is not JsonObject keywords)
        {
            return;
        }

        foreach (var (keyword, value) in keywords)
        {
            if (Annotations.Contains(keyword))
            {
                continue;
            }

            switch (keyword)
            {
                case "$ref":
                    var (target, targetDocument) = Resolve(value!.GetValue<string>(), documentId);
                    Check(instance, target, targetDocument, path, violations);
                    break;
                case "allOf":
                    foreach (var part in value!.AsArray())
                    {
                        Check(instance, part, documentId, path, violations);
                    }

                    break;
                case "anyOf" or "oneOf":
                    var passing = value!.AsArray().Count(part => Passes(instance, part, documentId, path));
                    if (keyword == "anyOf" ? passing == 0 : passing != 1)
                    {
                        violations.Add(new SchemaViolation(path, keyword, $"{passing} of {value!.AsArray().Count} alternatives match."));
                    }

                    break;
                case "type":
                    CheckType(instance, value!, path, violations);
                    break;
                case "enum":
                    if (!value!.AsArray().Any(option => JsonNode.DeepEquals(option, instance)))
                    {
                        violations.Add(new SchemaViolation(path, keyword, $"{Show(instance)} is not one of {value.ToJsonString()}."));
                    }

                    break;
                case "required":
                    if (instance is JsonObject requiredOf)
                    {
                        foreach (var name in value!.AsArray().Select(n => n!.GetValue<string>()).Where(n => !requiredOf.ContainsKey(n)))
                        {
                            violations.Add(new SchemaViolation(path, keyword, $"'{name}' is missing."));
                        }
                    }

                    break;
                case "properties":
                    if (instance is JsonObject propertiesOf)
                    {
                        foreach (var (name, propertySchema) in value!.AsObject())
                        {
                            if (propertiesOf.TryGetPropertyValue(name, out var property))
                            {
                                Check(property, propertySchema, documentId, $"{path}/{name}", violations);
                            }
                        }
                    }

                    break;
                case "items":
                    if (instance is JsonArray itemsOf)
                    {
                        for (var i = 0; i < itemsOf.Count; i++)
                        {
                            Check(itemsOf[i], value, documentId, $"{path}/{i}", violations);
                        }
                    }

                    break;
                case "minItems":
                    if (instance is JsonArray counted && counted.Count < value!.GetValue<int>())
                    {
                        violations.Add(new SchemaViolation(path, keyword, $"{counted.Count} items, at least {value} required."));
                    }

                    break;
                case "minimum" or "maximum":
                    if (AsNumber(instance) is { } number)
                    {
                        var bound = value!.GetValue<double>();
                        if (keyword == "minimum" ? number < bound : number > bound)
                        {
                            violations.Add(new SchemaViolation(path, keyword, $"{number.ToString(CultureInfo.InvariantCulture)} is beyond the {keyword} {bound.ToString(CultureInfo.InvariantCulture)}."));
                        }
                    }

                    break;
                case "minLength" or "maxLength":
                    if (AsString(instance) is { } lengthOf)
                    {
                        var limit = value!.GetValue<int>();
                        var length = lengthOf.EnumerateRunes().Count();
                        if (keyword == "minLength" ? length < limit : length > limit)
                        {
                            violations.Add(new SchemaViolation(path, keyword, $"length {length} is beyond the {keyword} {limit}."));
                        }
                    }

                    break;
                case "pattern":
                    if (AsString(instance) is { } matched && !Regex.IsMatch(matched, value!.GetValue<string>(), RegexOptions.CultureInvariant))
                    {
                        violations.Add(new SchemaViolation(path, keyword, $"'{matched}' does not match {value}."));
                    }

                    break;
                case "format":
                    CheckFormat(instance, value!.GetValue<string>(), path, violations);
                    break;
                default:
                    throw new NotSupportedException($"Schema keyword '{keyword}' (in {documentId}) is not supported by this validator.");
            }
        }
    }

    private bool Passes(JsonNode? instance, JsonNode? schema, string documentId, string path)
    {
        var trial = new List<SchemaViolation>();
        Check(instance, schema, documentId, path, trial);
        return trial.Count == 0;
    }

    private (JsonNode? Schema, string DocumentId) Resolve(string reference, string currentDocumentId)
    {
        var hash = reference.IndexOf('#');
        var documentPart = hash < 0 ? reference : reference[..hash];
        var pointer = hash < 0 ? "" : reference[(hash + 1)..];
        var documentId = documentPart.Length == 0 ? currentDocumentId : documentPart;
        if (!_documents.TryGetValue(documentId, out var node))
        {
            throw new InvalidOperationException($"$ref '{reference}' needs schema document '{documentId}', which is not registered.");
        }

        foreach (var token in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = Uri.UnescapeDataString(token).Replace("~1", "/").Replace("~0", "~");
            node = node?[name] ?? throw new InvalidOperationException($"$ref '{reference}' points at nothing ('{name}' is missing).");
        }

        return (node, documentId);
    }

    private static void CheckType(JsonNode? instance, JsonNode type, string path, List<SchemaViolation> violations)
    {
        var allowed = type is JsonArray many ? many.Select(t => t!.GetValue<string>()).ToArray() : [type.GetValue<string>()];
        if (!allowed.Any(t => IsOfType(instance, t)))
        {
            violations.Add(new SchemaViolation(path, "type", $"{Show(instance)} is not of type {string.Join(" or ", allowed)}."));
        }
    }

    private static bool IsOfType(JsonNode? instance, string type) => type switch
    {
        "null" => instance is null,
        "object" => instance is JsonObject,
        "array" => instance is JsonArray,
        "string" => instance is JsonValue v && v.GetValueKind() == JsonValueKind.String,
        "boolean" => instance is JsonValue b && b.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        "number" => AsNumber(instance) is not null,
        "integer" => AsNumber(instance) is { } n && Math.Floor(n) == n,
        _ => throw new NotSupportedException($"JSON Schema type '{type}' is not supported."),
    };

    private static void CheckFormat(JsonNode? instance, string format, string path, List<SchemaViolation> violations)
    {
        if (AsString(instance) is not { } text)
        {
            return;
        }

        var valid = format switch
        {
            "date-time" => DateTimePattern.IsMatch(text)
                           && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "uri" => Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme.Length > 0,
            _ => throw new NotSupportedException($"JSON Schema format '{format}' is not supported."),
        };
        if (!valid)
        {
            violations.Add(new SchemaViolation(path, "format", $"'{text}' is not a valid {format}."));
        }
    }

    private static double? AsNumber(JsonNode? node) =>
        // Through the JSON text, so values built in code (an int, a decimal) and parsed values read alike.
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number
            ? double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture)
            : null;

    private static string? AsString(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static string Show(JsonNode? node) => node?.ToJsonString() ?? "null";
}
