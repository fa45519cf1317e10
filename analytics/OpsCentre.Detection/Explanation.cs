using System.Globalization;

namespace OpsCentre.Detection;

/// <summary>
/// Why an observation scored as it did: which component fired, what it expected and what it saw. The text is built
/// on demand, so explanations cost nothing until someone reads them.
/// </summary>
public readonly record struct Explanation(DetectorComponent Component, AnomalyKind Kind, double Expected, double Observed)
{
    /// <summary>For flatlines the length of the stuck run, for dropouts the missed intervals; 0 otherwise.</summary>
    public int Readings { get; init; }

    public string Text => Kind switch
    {
        AnomalyKind.Flatline => $"value stuck at {Format(Observed)} for {Readings} readings (the reading before was {Format(Expected)})",
        AnomalyKind.Dropout => $"no data for {Readings} expected intervals",
        AnomalyKind.ImpossibleValue => $"value {Format(Observed)} is outside the plausible range (nearest limit {Format(Expected)})",
        AnomalyKind.VolatilityChange => $"variability changed: typical deviation {Format(Expected)}, now {Format(Observed)}",
        _ => $"{Describe(Kind)}: observed {Format(Observed)}, expected about {Format(Expected)}",
    } + $" [{Component}]";

    private static string Describe(AnomalyKind kind) => kind switch
    {
        AnomalyKind.Spike => "higher than usual",
        AnomalyKind.Dip => "lower than usual",
        AnomalyKind.LevelShift => "level shift",
        AnomalyKind.UnusualForTimeOfWeek => "unusual for the time of week",
        AnomalyKind.SpectralSaliency => "salient change in the signal's shape",
        AnomalyKind.NovelPattern => "a pattern not seen before",
        _ => kind.ToString(),
    };

    private static string Format(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}
