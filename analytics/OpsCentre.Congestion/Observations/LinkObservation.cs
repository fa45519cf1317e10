namespace OpsCentre.Congestion.Observations;

/// <summary>
/// One measurement interval on one link. <paramref name="Timestamp"/> carries the city's local UTC offset, so its clock
/// time is the local time of day that hour-of-week profiles are keyed on.
/// </summary>
/// <param name="TravelTimeSeconds">Mean time to traverse the link during the interval.</param>
/// <param name="SpeedKmh">Mean speed over the link during the interval.</param>
/// <param name="VehicleCount">Vehicles measured during the interval (the flow behind vehicle-hours of delay).</param>
public readonly record struct LinkObservation(
    DateTimeOffset Timestamp,
    double TravelTimeSeconds,
    double SpeedKmh,
    int VehicleCount)
{
    /// <summary>Finite positive travel time and speed, non-negative count: the only readings the measures accept.</summary>
    public bool IsUsable =>
        double.IsFinite(TravelTimeSeconds) && TravelTimeSeconds > 0
        && double.IsFinite(SpeedKmh) && SpeedKmh >= 0
        && VehicleCount >= 0;
}
