namespace OpsCentre.Contracts.Readings;

/// <summary>Events a CCTV analytics engine reports. Never images, faces or plates: only what happened.</summary>
public enum CameraEventKind
{
    None,
    StoppedVehicle,
    Crowd,
    WrongWayVehicle,
    FlyTipping,
    Fire,
    PersonInRoad,
}
