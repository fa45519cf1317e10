namespace OpsCentre.Detection.Nab;

/// <summary>Scores a corpus run under every NAB profile, optimising the threshold per profile unless one is fixed.</summary>
public static class NabEvaluation
{
    public static IReadOnlyList<NabProfileScore> Evaluate(IReadOnlyList<NabFileRun> runs, double? fixedThreshold = null) =>
        NabProfile.All.Select(profile => Evaluate(runs, profile, fixedThreshold)).ToList();

    public static NabProfileScore Evaluate(IReadOnlyList<NabFileRun> runs, NabProfile profile, double? fixedThreshold = null)
    {
        var tables = runs.Select(r => (Table: NabRowTable.Build(r.File), Scores: (IReadOnlyList<double>)r.Scores)).ToList();
        var threshold = fixedThreshold ?? ThresholdSweep.Optimise(tables, profile).Threshold;
        var files = tables.ToDictionary(
            t => t.Table.File.Series.RelativePath,
            t => NabScorer.ScoreFile(t.Table, t.Scores, threshold, profile),
            StringComparer.Ordinal);

        var categories = runs.GroupBy(r => r.File.Series.Category)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var windows = g.Sum(r => r.File.ScoredWindowCount);
                var raw = g.Sum(r => files[r.File.Series.RelativePath].Score);
                return new NabCategoryScore(g.Key, windows, raw, profile.Normalise(raw, windows));
            })
            .ToList();

        var totalRaw = files.Values.Sum(f => f.Score);
        var totalWindows = runs.Sum(r => r.File.ScoredWindowCount);
        return new NabProfileScore(profile, threshold, fixedThreshold is null, totalRaw, profile.Normalise(totalRaw, totalWindows), categories, files);
    }
}
