using System.Text.Json.Serialization;

namespace OpsCentre.Contracts.Readings;

/// <summary>
/// One observation from the city, as carried on the city.* topics (JSON, keyed by asset id). The "type"
/// discriminator selects the concrete shape.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(TrafficReading), "traffic")]
[JsonDerivedType(typeof(CameraEvent), "cctv")]
[JsonDerivedType(typeof(SensorReading), "sensor")]
public abstract record CityEvent(string AssetId, DateTimeOffset ObservedAt);
