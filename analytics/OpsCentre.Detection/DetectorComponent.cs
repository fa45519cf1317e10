namespace OpsCentre.Detection;

/// <summary>The part of a detector that produced a score.</summary>
public enum DetectorComponent
{
    SpectralResidual,
    IidSpike,
    IidChangePoint,
    SeasonalBaseline,
    SensorHealth,
    PatternNovelty,
}
