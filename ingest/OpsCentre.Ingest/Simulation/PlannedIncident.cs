namespace OpsCentre.Ingest.Simulation;

/// <summary>One incident to inject at a fixed time after the simulation starts.</summary>
/// <param name="After">Offset from the simulation start; the incident starts at the first tick at or after it.</param>
/// <param name="Duration">How long it lasts. Positive.</param>
/// <param name="AssetId">
/// Where: the road link (Collision, WrongWayVehicle), monitor (PollutionSpike), sensor (StuckSensor) or camera
/// (FlyTipping). Null lets the simulator choose (seeded). Ignored for RiverRise, which affects every gauge.
/// </param>
public sealed record PlannedIncident(IncidentKind Kind, TimeSpan After, TimeSpan Duration, string? AssetId = null);
