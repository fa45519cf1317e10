using System.Text.Json.Serialization;
using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Operations;
using OpsCentre.Contracts.Readings;

namespace OpsCentre.Contracts;

/// <summary>
/// Source-generated JSON for every wire contract: camelCase, enums as strings, no reflection on the hot path.
/// Unknown properties are rejected so a producer's typo is dead-lettered rather than silently ignored.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectRequiredConstructorParameters = true,
    RespectNullableAnnotations = true,
    AllowOutOfOrderMetadataProperties = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CityEvent))]
[JsonSerializable(typeof(Anomaly))]
[JsonSerializable(typeof(Incident))]
[JsonSerializable(typeof(AssetDescriptor))]
[JsonSerializable(typeof(List<Incident>))]
[JsonSerializable(typeof(List<Anomaly>))]
public sealed partial class ContractJson : JsonSerializerContext;
