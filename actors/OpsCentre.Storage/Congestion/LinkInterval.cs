namespace OpsCentre.Storage.Congestion;

/// <summary>
/// The traffic readings of one road link within one fixed interval (5 minutes by default), aggregated: their count
/// and mean speed, travel time and flow. <see cref="LastObservedAt"/> is the newest reading folded in.
/// </summary>
public sealed record LinkInterval(
    string LinkId,
    DateTimeOffset Start,
    TimeSpan Length,
    int Readings,
    double MeanSpeedKmh,
    double MeanTravelTimeSeconds,
    double MeanFlowVehiclesPerHour,
    DateTimeOffset LastObservedAt)
{
    public DateTimeOffset End => Start + Length;

    /// <summary>Vehicles that used the link during the interval: mean flow times the interval's length.</summary>
    public double Vehicles => MeanFlowVehiclesPerHour * Length.TotalHours;
}
