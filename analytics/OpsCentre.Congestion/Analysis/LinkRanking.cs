namespace OpsCentre.Congestion.Analysis;

/// <summary>What "most congested" means when ranking links.</summary>
public enum LinkRanking
{
    /// <summary>Extra travel time over free flow, in percent (TomTom) — how bad a trip is.</summary>
    CongestionLevel,

    /// <summary>Vehicle-hours lost — how much congestion costs, which weighs busy links up.</summary>
    VehicleHoursOfDelay,

    /// <summary>95th percentile over free flow — how much time to plan for.</summary>
    PlanningTimeIndex,

    /// <summary>Unreliability relative to the average trip.</summary>
    BufferIndex,
}
