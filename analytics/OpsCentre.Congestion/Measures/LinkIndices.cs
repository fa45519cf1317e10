namespace OpsCentre.Congestion.Measures;

/// <summary>A link's congestion and reliability over a period. Means and percentiles weight every reading interval equally.</summary>
/// <param name="CongestedShare">Fraction of readings at or above the congestion threshold.</param>
/// <param name="VehicleHoursOfDelay">Sum over readings of vehicles × excess travel time, in hours.</param>
public sealed record LinkIndices(
    string LinkId,
    int ObservationCount,
    FreeFlow FreeFlow,
    double MeanTravelTimeSeconds,
    double MeanSpeedKmh,
    double P95TravelTimeSeconds,
    double TravelTimeIndex,
    double PlanningTimeIndex,
    double BufferIndex,
    double CongestionLevelPercent,
    double CongestedShare,
    double VehicleHoursOfDelay);
