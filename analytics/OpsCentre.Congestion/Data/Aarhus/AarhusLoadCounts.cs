namespace OpsCentre.Congestion.Data.Aarhus;

/// <summary>What happened to the rows of one or more observation files.</summary>
/// <param name="ZeroVehicle">Dropped as carried-forward (no vehicle matched in the interval).</param>
/// <param name="Invalid">Dropped: status other than OK, or a non-positive travel time.</param>
/// <param name="OutsideRange">Dropped: outside the requested dates.</param>
public sealed record AarhusLoadCounts(int Rows, int Kept, int ZeroVehicle, int Invalid, int OutsideRange)
{
    public static AarhusLoadCounts None { get; } = new(0, 0, 0, 0, 0);

    public AarhusLoadCounts Plus(AarhusLoadCounts other) =>
        new(Rows + other.Rows, Kept + other.Kept, ZeroVehicle + other.ZeroVehicle, Invalid + other.Invalid, OutsideRange + other.OutsideRange);
}
