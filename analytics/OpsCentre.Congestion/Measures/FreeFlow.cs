namespace OpsCentre.Congestion.Measures;

/// <summary>A link's uncongested travel time and the speed it implies over the link's length.</summary>
/// <param name="SampleCount">Readings the estimate rests on.</param>
public sealed record FreeFlow(double TravelTimeSeconds, double SpeedKmh, int SampleCount, FreeFlowBasis Basis)
{
    public static FreeFlow FromTravelTime(double travelTimeSeconds, double lengthMeters, int sampleCount, FreeFlowBasis basis)
    {
        if (!double.IsFinite(travelTimeSeconds) || travelTimeSeconds <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(travelTimeSeconds), travelTimeSeconds, "Free-flow travel time must be positive.");
        }

        return new FreeFlow(travelTimeSeconds, lengthMeters / travelTimeSeconds * 3.6, sampleCount, basis);
    }
}
