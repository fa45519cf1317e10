namespace OpsCentre.Contracts.Operations;

/// <summary>The shape of departure from normal that a detector saw.</summary>
public enum AnomalyPattern
{
    Spike,
    Dip,
    LevelShift,
    Flatline,
    Dropout,
    ImpossibleValue,
    CameraEvent,
    Offline,
}
