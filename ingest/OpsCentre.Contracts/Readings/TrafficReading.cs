namespace OpsCentre.Contracts.Readings;

/// <summary>Traffic on one road link over a reporting interval (typically 1 or 5 minutes).</summary>
/// <param name="FlowVehiclesPerHour">Vehicles per hour over the interval.</param>
/// <param name="SpeedKph">Mean speed over the link, km/h.</param>
/// <param name="TravelTimeSeconds">Mean end-to-end travel time over the link, seconds.</param>
public sealed record TrafficReading(
    string AssetId,
    DateTimeOffset ObservedAt,
    double FlowVehiclesPerHour,
    double SpeedKph,
    double TravelTimeSeconds) : CityEvent(AssetId, ObservedAt);
