namespace OpsCentre.Ingest.Replay;

/// <summary>
/// Greenshields' speed–density relation v = vf (1 − k / kj), the textbook way to fill the traffic fields a detector
/// did not measure from the one it did (speed, occupancy or flow). Only the measured field in a replayed reading
/// is real; the others are this model's estimate, consistent with it.
/// </summary>
/// <param name="FreeFlowSpeedKph">Speed on an empty road. 20–200.</param>
/// <param name="JamDensityPerKmPerLane">Vehicles per km per lane when stopped. 50–250 (80 gives a realistic ~2 000 veh/h/lane capacity at 100 km/h).</param>
/// <param name="Lanes">Lanes in the direction measured. 1–8.</param>
/// <param name="EffectiveVehicleLengthMetres">Vehicle plus loop length, to turn occupancy into density. 3–20, default 6.5.</param>
public sealed record GreenshieldsModel(double FreeFlowSpeedKph, double JamDensityPerKmPerLane, int Lanes, double EffectiveVehicleLengthMetres = 6.5)
{
    /// <summary>Slowest speed reported, so travel time stays finite in a jam.</summary>
    public const double MinimumSpeedKph = 1;

    public double CapacityVehiclesPerHour => FreeFlowSpeedKph * JamDensityPerKmPerLane / 4 * Lanes;

    public GreenshieldsModel Validated()
    {
        OptionRange.Check(FreeFlowSpeedKph, 20, 200, nameof(FreeFlowSpeedKph));
        OptionRange.Check(JamDensityPerKmPerLane, 50, 250, nameof(JamDensityPerKmPerLane));
        OptionRange.Check(Lanes, 1, 8, nameof(Lanes));
        OptionRange.Check(EffectiveVehicleLengthMetres, 3, 20, nameof(EffectiveVehicleLengthMetres));
        return this;
    }

    public double FlowFromSpeed(double speedKph)
    {
        var speed = Math.Clamp(speedKph, 0, FreeFlowSpeedKph);
        var densityPerLane = JamDensityPerKmPerLane * (1 - (speed / FreeFlowSpeedKph));
        return densityPerLane * speed * Lanes;
    }

    /// <summary>Speed for a flow on the uncongested branch (the flow alone cannot tell a jam from a quiet road).</summary>
    public double SpeedFromFlow(double flowVehiclesPerHour)
    {
        var utilisation = Math.Clamp(flowVehiclesPerHour / CapacityVehiclesPerHour, 0, 1);
        return FreeFlowSpeedKph / 2 * (1 + Math.Sqrt(1 - utilisation));
    }

    /// <summary>Speed and flow for a loop-detector occupancy (percent of time a vehicle is over the loop).</summary>
    public (double SpeedKph, double FlowVehiclesPerHour) FromOccupancy(double occupancyPercent)
    {
        var densityPerLane = Math.Min(JamDensityPerKmPerLane, Math.Clamp(occupancyPercent, 0, 100) / 100 * 1_000 / EffectiveVehicleLengthMetres);
        var speed = Math.Max(MinimumSpeedKph, FreeFlowSpeedKph * (1 - (densityPerLane / JamDensityPerKmPerLane)));
        return (speed, densityPerLane * speed * Lanes);
    }
}
