namespace OpsCentre.Detection.Nab;

/// <summary>A detector's anomaly score for every row of one labelled file.</summary>
public sealed record NabFileRun(NabLabelledFile File, double[] Scores);
