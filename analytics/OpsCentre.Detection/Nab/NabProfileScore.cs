namespace OpsCentre.Detection.Nab;

/// <summary>
/// A detector's result on a corpus under one profile: the threshold (optimised as NAB does, or fixed), the raw and
/// normalised scores, and the per-category and per-file breakdown at that threshold.
/// </summary>
public sealed record NabProfileScore(
    NabProfile Profile,
    double Threshold,
    bool ThresholdWasOptimised,
    double RawScore,
    double NormalisedScore,
    IReadOnlyList<NabCategoryScore> Categories,
    IReadOnlyDictionary<string, NabFileScore> Files);
