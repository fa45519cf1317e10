using OpsCentre.Contracts.Operations;
using OpsCentre.Detection;

namespace OpsCentre.Assets.Detection;

/// <summary>Maps a detector's explanation to the operator-facing pattern carried on an anomaly.</summary>
public static class PatternOf
{
    public static AnomalyPattern Explanation(Explanation? why, double observed, double expected) => why?.Kind switch
    {
        AnomalyKind.Spike => AnomalyPattern.Spike,
        AnomalyKind.Dip => AnomalyPattern.Dip,
        AnomalyKind.LevelShift or AnomalyKind.VolatilityChange => AnomalyPattern.LevelShift,
        AnomalyKind.Flatline => AnomalyPattern.Flatline,
        AnomalyKind.Dropout => AnomalyPattern.Dropout,
        AnomalyKind.ImpossibleValue => AnomalyPattern.ImpossibleValue,
        _ => observed >= expected ? AnomalyPattern.Spike : AnomalyPattern.Dip,
    };
}
