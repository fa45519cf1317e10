namespace OpsCentre.Congestion.Network;

/// <summary>How link geometry is stitched into a network.</summary>
/// <param name="ConnectionToleranceMeters">
/// One link feeds another when its end point lies within this distance of the other's start point. Default 30 m:
/// survey points of consecutive segments usually coincide to a few metres; much more starts joining parallel roads.
/// Valid range (0, 500].
/// </param>
/// <param name="IgnoreReverseCarriageway">
/// When true (default) a link is not connected to the link running the opposite way over the same two points
/// (A→B followed by B→A is a U-turn, not a downstream road), which would otherwise pair every two-way road with itself.
/// </param>
public sealed record RoadNetworkOptions(double ConnectionToleranceMeters = 30, bool IgnoreReverseCarriageway = true)
{
    public void Validate()
    {
        if (!double.IsFinite(ConnectionToleranceMeters) || ConnectionToleranceMeters <= 0 || ConnectionToleranceMeters > 500)
        {
            throw new ArgumentOutOfRangeException(
                nameof(ConnectionToleranceMeters), ConnectionToleranceMeters, "Connection tolerance must be within (0, 500] metres.");
        }
    }
}
