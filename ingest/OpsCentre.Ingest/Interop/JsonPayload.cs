using System.Text.Json;

namespace OpsCentre.Ingest.Interop;

/// <summary>Parses a third-party payload that must be one JSON object, reporting a bad one as a note instead of throwing.</summary>
internal static class JsonPayload
{
    /// <returns>The document (the caller disposes it), or null with <paramref name="failure"/> saying why.</returns>
    public static JsonDocument? ParseObject(ReadOnlySpan<byte> payload, string what, out string? failure)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(payload.ToArray());
        }
        catch (JsonException)
        {
            failure = $"the {what} is not valid JSON";
            return null;
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            failure = $"the {what} is not a JSON object";
            return null;
        }

        failure = null;
        return document;
    }
}
