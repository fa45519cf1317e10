namespace OpsCentre.Detection.Nab;

/// <summary>The threshold NAB's optimiser picked for a profile and the corpus raw score it gives.</summary>
public sealed record ThresholdChoice(double Threshold, double RawScore);
