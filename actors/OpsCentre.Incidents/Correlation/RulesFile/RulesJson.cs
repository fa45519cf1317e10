using System.Text.Json.Serialization;

namespace OpsCentre.Incidents.Correlation.RulesFile;

/// <summary>Unknown properties are errors: a misspelt "prioirty" must not silently fall back to a default.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(RulesDocument))]
internal sealed partial class RulesJson : JsonSerializerContext;
