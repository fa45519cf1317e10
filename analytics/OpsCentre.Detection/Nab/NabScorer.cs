namespace OpsCentre.Detection.Nab;

/// <summary>Scores one file's anomaly scores against its windows at a fixed threshold (NAB-SCORING §6).</summary>
public static class NabScorer
{
    public static NabFileScore ScoreFile(NabLabelledFile file, IReadOnlyList<double> anomalyScores, double threshold, NabProfile profile) =>
        ScoreFile(NabRowTable.Build(file), anomalyScores, threshold, profile);

    internal static NabFileScore ScoreFile(NabRowTable table, IReadOnlyList<double> anomalyScores, double threshold, NabProfile profile)
    {
        var file = table.File;
        if (anomalyScores.Count != file.Series.Length)
        {
            throw new ArgumentException($"{file.Series.RelativePath} has {file.Series.Length} rows but {anomalyScores.Count} anomaly scores were given.");
        }

        var best = new double[file.Windows.Count];
        Array.Fill(best, -profile.FnWeight);
        double falsePositiveCost = 0;
        int tp = 0, tn = 0, fp = 0, fn = 0;
        for (var row = table.FirstScoredRow; row < file.Series.Length; row++)
        {
            var detected = anomalyScores[row] >= threshold;
            var window = table.WindowOfRow[row];
            if (window >= 0)
            {
                if (detected)
                {
                    tp++;
                    best[window] = Math.Max(best[window], table.ValueOf(row, profile));
                }
                else
                {
                    fn++;
                }
            }
            else if (detected)
            {
                fp++;
                falsePositiveCost += table.ValueOf(row, profile);
            }
            else
            {
                tn++;
            }
        }

        var windowTotal = 0.0;
        for (var w = 0; w < file.Windows.Count; w++)
        {
            if (file.Windows[w].End >= table.FirstScoredRow)
            {
                windowTotal += best[w];
            }
        }

        return new NabFileScore(windowTotal + falsePositiveCost, tp, tn, fp, fn);
    }
}
