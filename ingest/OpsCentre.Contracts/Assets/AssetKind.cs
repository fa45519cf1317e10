namespace OpsCentre.Contracts.Assets;

/// <summary>The kinds of city asset the operations centre tracks.</summary>
public enum AssetKind
{
    RoadLink,
    Junction,
    Camera,
    AirQualityMonitor,
    NoiseSensor,
    HousingSensor,
    RiverGauge,
    Streetlight,
}
