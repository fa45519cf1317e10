using System.Text.Json;
using OpsCentre.Ingest.Privacy;

namespace OpsCentre.Ingest.Decoding;

/// <summary>
/// Works out why the contract deserializer refused a message. Runs only on the failure path, so it can afford to
/// parse the message into a document and walk it: the hot path stays a single source-generated deserialize.
/// The checks run from the most fundamental down, so a message gets the reason an engineer should fix first.
/// </summary>
internal static class RejectionClassifier
{
    private const int MaxEchoedLength = 48;

    public static Rejected Classify(ReadOnlySpan<byte> message, Type expectedType, string topic, Exception deserializeError)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(message.ToArray());
        }
        catch (JsonException ex)
        {
            return new Rejected(RejectionReason.MalformedJson, $"not valid JSON ({FirstSentence(ex.Message)})");
        }

        using (document)
        {
            return Classify(document.RootElement, expectedType, topic, deserializeError);
        }
    }

    private static Rejected Classify(JsonElement root, Type expectedType, string topic, Exception deserializeError)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new Rejected(RejectionReason.MalformedJson, $"a city event must be a JSON object, not {root.ValueKind}");
        }

        var discriminatorName = CityEventSchema.DiscriminatorProperty;
        if (!root.TryGetProperty(discriminatorName, out var discriminator) || discriminator.ValueKind == JsonValueKind.Null)
        {
            return new Rejected(RejectionReason.MissingField, $"'{discriminatorName}' (the event type) is missing");
        }

        if (discriminator.ValueKind != JsonValueKind.String
            || !CityEventSchema.ByDiscriminator.TryGetValue(discriminator.GetString()!, out var shape))
        {
            return new Rejected(
                RejectionReason.UnknownType,
                $"'{discriminatorName}' is {Echo(discriminator)}; known types are {string.Join(", ", CityEventSchema.ByDiscriminator.Keys)}");
        }

        if (shape.ClrType != expectedType)
        {
            return TypeNotAllowed(shape.Discriminator, expectedType, topic);
        }

        if (FindIdentifyingField(root, "$") is { } identifyingPath)
        {
            return IdentifyingField(identifyingPath);
        }

        foreach (var property in root.EnumerateObject())
        {
            if (property.Name != discriminatorName && !shape.Properties.Contains(property.Name))
            {
                return new Rejected(
                    RejectionReason.UnknownProperty,
                    $"'{Truncate(property.Name)}' is not a property of {shape.Discriminator} events (they have {string.Join(", ", shape.Properties.Order(StringComparer.Ordinal))})");
            }
        }

        var missing = shape.Required.Where(name => !root.TryGetProperty(name, out _)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            return new Rejected(RejectionReason.MissingField, $"{shape.Discriminator} events require {string.Join(", ", missing)}");
        }

        var nulls = shape.NonNullable.Where(name => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Null).Order(StringComparer.Ordinal).ToList();
        if (nulls.Count > 0)
        {
            return new Rejected(RejectionReason.MissingField, $"{string.Join(", ", nulls)} must not be null");
        }

        var path = (deserializeError as JsonException)?.Path ?? "$";
        return new Rejected(RejectionReason.InvalidFieldValue, $"{path} has a value of the wrong kind for a {shape.Discriminator} event");
    }

    public static Rejected TypeNotAllowed(string discriminator, Type expectedType, string topic) =>
        new(
            RejectionReason.TypeNotAllowedOnTopic,
            $"{discriminator} events are not allowed on {topic}, which carries {CityEventSchema.DiscriminatorOf(expectedType)} events");

    public static Rejected IdentifyingField(string path) =>
        new(RejectionReason.IdentifyingData, $"{path} is identifying data (plates, faces, names, images and raw ids never enter the pipeline)");

    /// <summary>The path of the first property, at any depth, whose name marks personal data.</summary>
    private static string? FindIdentifyingField(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var childPath = $"{path}.{Truncate(property.Name)}";
                    if (IdentifyingData.IsIdentifyingFieldName(property.Name) || IdentifyingData.LooksLikeNumberPlate(property.Name))
                    {
                        return childPath;
                    }

                    if (FindIdentifyingField(property.Value, childPath) is { } nested)
                    {
                        return nested;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FindIdentifyingField(item, $"{path}[{index++}]") is { } nested)
                    {
                        return nested;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static string Echo(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String when IdentifyingData.LooksLikeNumberPlate(value.GetString()) => "a plate-like string (not echoed)",
        JsonValueKind.String => $"'{Truncate(value.GetString()!)}'",
        _ => $"a {value.ValueKind.ToString().ToLowerInvariant()}",
    };

    private static string Truncate(string text) => text.Length <= MaxEchoedLength ? text : $"{text[..MaxEchoedLength]}…";

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}
