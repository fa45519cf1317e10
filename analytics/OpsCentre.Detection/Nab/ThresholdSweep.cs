namespace OpsCentre.Detection.Nab;

/// <summary>
/// NAB's exhaustive threshold optimiser (NAB-SCORING §7): one global threshold for all files, found by sweeping
/// every distinct anomaly score from the highest down, in O(N log N).
/// </summary>
public static class ThresholdSweep
{
    /// <summary>The threshold standing for "no detections": above every valid anomaly score.</summary>
    public const double NoDetections = 1.1;

    public static ThresholdChoice Optimise(IReadOnlyList<(NabLabelledFile File, IReadOnlyList<double> Scores)> runs, NabProfile profile) =>
        Optimise(runs.Select(r => (NabRowTable.Build(r.File), r.Scores)).ToList(), profile);

    internal static ThresholdChoice Optimise(IReadOnlyList<(NabRowTable Table, IReadOnlyList<double> Scores)> runs, NabProfile profile)
    {
        var rowCount = runs.Sum(r => r.Table.File.Series.Length - r.Table.FirstScoredRow);
        var scores = new double[rowCount];
        var windows = new int[rowCount];
        var values = new double[rowCount];
        var windowCount = 0;
        var next = 0;
        foreach (var (table, anomalyScores) in runs)
        {
            for (var row = table.FirstScoredRow; row < table.File.Series.Length; row++)
            {
                var score = anomalyScores[row];
                if (!double.IsFinite(score))
                {
                    throw new ArgumentException($"{table.File.Series.RelativePath} row {row}: anomaly score {score} is not a finite number.");
                }

                scores[next] = score;
                windows[next] = table.WindowOfRow[row] >= 0 ? windowCount + table.WindowOfRow[row] : -1;
                values[next] = table.ValueOf(row, profile);
                next++;
            }

            windowCount += table.File.Windows.Count;
        }

        // Descending by score. Ties are all applied before the next record is written, so their order is irrelevant.
        var order = Enumerable.Range(0, rowCount).ToArray();
        var keys = scores.Select(s => -s).ToArray();
        Array.Sort(keys, order);

        var contribution = new double[windowCount];
        Array.Fill(contribution, -profile.FnWeight);
        var scoredWindows = runs.Sum(r => r.Table.File.ScoredWindowCount);
        var current = -profile.FnWeight * scoredWindows;
        var candidate = NoDetections;
        var best = new ThresholdChoice(candidate, current);
        foreach (var index in order)
        {
            if (scores[index] != candidate)
            {
                // Strictly greater keeps the highest threshold on ties, as NAB's stable descending list does.
                if (current > best.RawScore)
                {
                    best = new ThresholdChoice(candidate, current);
                }

                candidate = scores[index];
            }

            var window = windows[index];
            if (window < 0)
            {
                current += values[index];
            }
            else if (values[index] > contribution[window])
            {
                current += values[index] - contribution[window];
                contribution[window] = values[index];
            }
        }

        return current > best.RawScore ? new ThresholdChoice(candidate, current) : best;
    }
}
