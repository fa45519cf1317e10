namespace OpsCentre.Detection;

/// <summary>What an anomalous observation looks like, in operator terms.</summary>
public enum AnomalyKind
{
    Spike,
    Dip,
    LevelShift,
    UnusualForTimeOfWeek,
    SpectralSaliency,
    NovelPattern,
    VolatilityChange,
    Flatline,
    Dropout,
    ImpossibleValue,
}
