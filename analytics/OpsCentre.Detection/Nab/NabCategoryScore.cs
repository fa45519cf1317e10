namespace OpsCentre.Detection.Nab;

/// <summary>A category's share of a profile result, at the corpus-wide threshold, normalised by its own windows.</summary>
public sealed record NabCategoryScore(string Category, int WindowCount, double RawScore, double NormalisedScore);
