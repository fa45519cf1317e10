namespace OpsCentre.Contracts.Readings;

/// <summary>One environmental measurement; the unit is fixed by <see cref="Quantity"/>.</summary>
public sealed record SensorReading(
    string AssetId,
    DateTimeOffset ObservedAt,
    Quantity Quantity,
    double Value) : CityEvent(AssetId, ObservedAt);
