namespace OpsCentre.Congestion.Measures;

/// <summary>When a reading counts as congested.</summary>
/// <param name="TravelTimeIndex">
/// A reading is congested at or above this Travel Time Index. Default 1.5: travel takes half as long again as at free
/// flow, i.e. speed has fallen to two thirds of free flow, about where urban links visibly queue. Range (1, 10].
/// </param>
public sealed record CongestionThreshold(double TravelTimeIndex = 1.5)
{
    public void Validate()
    {
        if (!(TravelTimeIndex > 1 && TravelTimeIndex <= 10))
        {
            throw new ArgumentOutOfRangeException(
                nameof(TravelTimeIndex), TravelTimeIndex, "The congested Travel Time Index must be within (1, 10].");
        }
    }

    public bool IsCongested(double travelTimeIndex) => travelTimeIndex >= TravelTimeIndex;
}
