namespace OpsCentre.Detection.Nab;

/// <summary>
/// One file's raw NAB score at a threshold. The counts are row counts over rows past the probationary period
/// (informational, as in NAB's *_scores.csv).
/// </summary>
public sealed record NabFileScore(double Score, int TruePositives, int TrueNegatives, int FalsePositives, int FalseNegatives);
