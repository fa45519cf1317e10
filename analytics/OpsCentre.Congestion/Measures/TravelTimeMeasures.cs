namespace OpsCentre.Congestion.Measures;

/// <summary>
/// The reliability and congestion measures used by FHWA's Urban Mobility reports and the TomTom Traffic Index, as pure
/// functions so the streaming accumulator and the batch analytics compute them identically.
/// </summary>
public static class TravelTimeMeasures
{
    /// <summary>Travel Time Index: travel time over free-flow travel time (1.0 = free flow, 1.5 = 50% longer).</summary>
    public static double TravelTimeIndex(double travelTimeSeconds, double freeFlowTravelTimeSeconds) =>
        travelTimeSeconds / PositiveFreeFlow(freeFlowTravelTimeSeconds);

    /// <summary>Planning Time Index: 95th percentile travel time over free flow, the time to allow to be on time 19 days in 20.</summary>
    public static double PlanningTimeIndex(double p95TravelTimeSeconds, double freeFlowTravelTimeSeconds) =>
        p95TravelTimeSeconds / PositiveFreeFlow(freeFlowTravelTimeSeconds);

    /// <summary>Buffer Index: the extra time over the average to allow for, as a fraction of the average.</summary>
    public static double BufferIndex(double p95TravelTimeSeconds, double meanTravelTimeSeconds) =>
        meanTravelTimeSeconds > 0
            ? (p95TravelTimeSeconds - meanTravelTimeSeconds) / meanTravelTimeSeconds
            : throw new ArgumentOutOfRangeException(nameof(meanTravelTimeSeconds), meanTravelTimeSeconds, "Mean travel time must be positive.");

    /// <summary>
    /// TomTom's congestion level: extra travel time over free flow, in percent (TTI 1.3 → 30%). Negative when a period
    /// ran faster than the free-flow estimate; it is not clipped, so an estimate that is too slow shows up.
    /// </summary>
    public static double CongestionLevelPercent(double travelTimeSeconds, double freeFlowTravelTimeSeconds) =>
        (TravelTimeIndex(travelTimeSeconds, freeFlowTravelTimeSeconds) - 1) * 100;

    /// <summary>Vehicle-hours of delay: vehicles × the time each lost to congestion; faster than free flow is no delay, not negative delay.</summary>
    public static double VehicleHoursOfDelay(double vehicles, double travelTimeSeconds, double freeFlowTravelTimeSeconds) =>
        vehicles * Math.Max(0, travelTimeSeconds - PositiveFreeFlow(freeFlowTravelTimeSeconds)) / 3600.0;

    private static double PositiveFreeFlow(double freeFlowTravelTimeSeconds) =>
        freeFlowTravelTimeSeconds > 0
            ? freeFlowTravelTimeSeconds
            : throw new ArgumentOutOfRangeException(
                nameof(freeFlowTravelTimeSeconds), freeFlowTravelTimeSeconds, "Free-flow travel time must be positive.");
}
