using OpsCentre.Congestion.Measures;
using OpsCentre.Congestion.Observations;

namespace OpsCentre.Congestion.Streaming;

/// <summary>
/// What is known about a link now. Index values are null until a free flow is known (supplied, or learned from the
/// first readings).
/// </summary>
/// <param name="LastObservation">The most recent accepted reading; null before any.</param>
/// <param name="TravelTimeIndex">Of the most recent reading.</param>
/// <param name="RollingTravelTimeIndex">Mean travel time over the rolling window, over free flow.</param>
/// <param name="PlanningTimeIndex">Streaming (P²) 95th percentile travel time since start, over free flow.</param>
/// <param name="IsStale">No reading within the stale-after span, judged on the injected clock.</param>
public sealed record LinkCongestionState(
    string LinkId,
    double LengthMeters,
    LinkObservation? LastObservation,
    FreeFlow? FreeFlow,
    double? TravelTimeIndex,
    double? CongestionLevelPercent,
    bool IsCongested,
    double? RollingTravelTimeIndex,
    double? PlanningTimeIndex,
    double? BufferIndex,
    double MeanTravelTimeSeconds,
    double P95TravelTimeSeconds,
    double VehicleHoursOfDelay,
    long ObservationCount,
    bool IsStale);
