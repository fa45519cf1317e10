using System.Text.Json.Serialization;
using OpsCentre.Alerts.Partners;

namespace OpsCentre.Storage.Alerts;

/// <summary>JSON for the alert tables' list columns (partner routing rules, sent message references).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(List<RoutingRule>))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class AlertStoreJson : JsonSerializerContext;
