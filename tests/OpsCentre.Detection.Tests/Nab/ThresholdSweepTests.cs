using OpsCentre.Detection.Nab;
using OpsCentre.Tests;

namespace OpsCentre.Detection.Tests.Nab;

public class ThresholdSweepTests
{
    private static readonly Lazy<NabCorpus> Shipped = new(() => NabCorpus.Load(TestData.File("nab")));

    [Fact]
    public void A_detector_that_never_fires_scores_zero()
    {
        var runs = Shipped.Value.Files.Select(f => new NabFileRun(f, new double[f.Series.Length])).ToList();

        var result = NabEvaluation.Evaluate(runs, NabProfile.Standard);

        Assert.Equal(0, result.NormalisedScore, 9);
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void A_detector_firing_only_on_each_window_start_scores_100(string profileName)
    {
        var profile = NabProfile.All.Single(p => p.Name == profileName);
        var runs = Shipped.Value.Files.Select(f =>
        {
            var scores = new double[f.Series.Length];
            foreach (var window in f.Windows)
            {
                scores[window.Start] = 1;
            }

            return new NabFileRun(f, scores);
        }).ToList();

        var result = NabEvaluation.Evaluate(runs, profile);

        Assert.Equal(100, result.NormalisedScore, 9);
    }

    [Fact]
    public void The_swept_optimum_equals_the_sum_of_file_scores_and_beats_every_other_threshold()
    {
        var runs = Shipped.Value.Files.Select(f => new NabFileRun(f, PublishedLike(f))).ToList();
        var sweep = ThresholdSweep.Optimise(runs.Select(r => (r.File, (IReadOnlyList<double>)r.Scores)).ToList(), NabProfile.Standard);

        var atOptimum = runs.Sum(r => NabScorer.ScoreFile(r.File, r.Scores, sweep.Threshold, NabProfile.Standard).Score);
        Assert.Equal(sweep.RawScore, atOptimum, 9);
        foreach (var threshold in new[] { 0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95 })
        {
            var other = runs.Sum(r => NabScorer.ScoreFile(r.File, r.Scores, threshold, NabProfile.Standard).Score);
            Assert.True(other <= sweep.RawScore + 1e-12, $"threshold {threshold} scores {other} > swept {sweep.RawScore}");
        }
    }

    [Fact]
    public void Published_numenta_scores_sweep_to_at_least_the_published_realtraffic_total()
    {
        var realTraffic = Shipped.Value.Files.Where(f => f.Series.Category == "realTraffic").ToList();
        var runs = realTraffic.Select(f => new NabFileRun(f, PublishedResults.AnomalyScores("numenta", f.Series.RelativePath).ToArray())).ToList();
        var published = PublishedResults.StandardScores("numenta").Sum(s => s.Score);

        var swept = NabEvaluation.Evaluate(runs, NabProfile.Standard);

        // The published threshold came from a hill-climb over the whole corpus; the sweep over this subset can only do as well or better.
        Assert.True(swept.RawScore >= published - 1e-9, $"swept {swept.RawScore} < published {published}");
    }

    public static TheoryData<string> Profiles() => new(NabProfile.All.Select(p => p.Name));

    /// <summary>Deterministic, noisy scores that peak inside windows: a plausible detector output for sweep tests.</summary>
    private static double[] PublishedLike(NabLabelledFile file)
    {
        var random = new Random(file.Series.Length);
        return Enumerable.Range(0, file.Series.Length)
            .Select(i => Math.Round(random.NextDouble() * (file.IsInWindow(i) ? 1.0 : 0.8), 3))
            .ToArray();
    }
}
