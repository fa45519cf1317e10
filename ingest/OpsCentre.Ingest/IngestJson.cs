using System.Text.Json.Serialization;
using OpsCentre.Ingest.Catalogue;
using OpsCentre.Ingest.Geo;

namespace OpsCentre.Ingest;

/// <summary>
/// Source-generated JSON for ingest's own files, with the same conventions as the wire contracts (camelCase,
/// enums as strings, nulls omitted) so an asset reads the same in the catalogue file and on the wire.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectRequiredConstructorParameters = true,
    RespectNullableAnnotations = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    Converters = [typeof(GeoPointJsonConverter)])]
[JsonSerializable(typeof(CatalogueDocument))]
internal sealed partial class IngestJson : JsonSerializerContext;
