namespace OpsCentre.Ingest.Simulation;

/// <summary>The incidents the simulator can inject, each with a known signature in the feed (see <see cref="IncidentInjector"/>).</summary>
public enum IncidentKind
{
    /// <summary>Speed collapses and travel time jumps on a link; a camera on or near it reports a stopped vehicle.</summary>
    Collision,

    /// <summary>NO2 jumps at a monitor and its neighbours.</summary>
    PollutionSpike,

    /// <summary>A sensor repeats one value (flatline).</summary>
    StuckSensor,

    /// <summary>River levels rise well above the tide at every gauge, most upstream.</summary>
    RiverRise,

    /// <summary>A camera reports fly-tipping.</summary>
    FlyTipping,

    /// <summary>A camera reports a vehicle travelling against the flow.</summary>
    WrongWayVehicle,
}
