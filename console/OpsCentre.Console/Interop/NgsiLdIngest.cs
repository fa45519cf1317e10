using System.Text;
using System.Text.Json;
using OpsCentre.Ingest.Catalogue;
using OpsCentre.Ingest.Interop.Fiware;

namespace OpsCentre.Console.Interop;

/// <summary>
/// FIWARE devices reporting in NGSI-LD: a request body is one entity, an array of them (as a batch upsert sends) or a
/// notification (whose <c>data</c> holds them). Each entity goes through the <see cref="NgsiLdAdapter"/>; a device
/// the catalogue does not know becomes a new asset (see <see cref="InteropPublisher"/>).
/// </summary>
public sealed class NgsiLdIngest(CityCatalogue catalogue, InteropPublisher publisher, InteropOptions options)
{
    private readonly NgsiLdAdapter _adapter = new(catalogue);

    /// <exception cref="InteropRequestException">The body is not NGSI-LD entities this ingest can read.</exception>
    public Task<InteropResult> IngestAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken) =>
        publisher.PublishAsync([.. Entities(body).Select(entity => _adapter.Translate(entity))], cancellationToken);

    private List<byte[]> Entities(ReadOnlyMemory<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException e)
        {
            throw new InteropRequestException("malformed-json", $"the body is not JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            var items = root.ValueKind switch
            {
                JsonValueKind.Array => root,
                JsonValueKind.Object when root.TryGetProperty("type", out var type) && type.ValueEquals("Notification") =>
                    root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array
                        ? data
                        : throw new InteropRequestException("missing-field", "a Notification needs a 'data' array of entities"),
                JsonValueKind.Object => default,
                _ => throw new InteropRequestException("malformed-json", "the body must be an entity, an array of entities or a Notification"),
            };

            var entities = items.ValueKind == JsonValueKind.Undefined
                ? [Encoding.UTF8.GetBytes(root.GetRawText())]
                : items.EnumerateArray().Select(e => Encoding.UTF8.GetBytes(e.GetRawText())).ToList();
            if (entities.Count == 0)
            {
                throw new InteropRequestException("missing-field", "no entities in the request");
            }

            return entities.Count <= options.MaxEntities
                ? entities
                : throw new InteropRequestException("oversized", $"{entities.Count} entities in one request; the limit is {options.MaxEntities}");
        }
    }
}
