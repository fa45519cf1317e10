using OpsCentre.Detection.Nab;
using OpsCentre.Tests;

namespace OpsCentre.Detection.Tests.Nab;

public class NabScorerTests
{
    private static readonly Lazy<NabCorpus> Corpus = new(() => NabCorpus.Load(TestData.File("nab")));

    public static TheoryData<string, string, double, double> PublishedStandardScores()
    {
        var data = new TheoryData<string, string, double, double>();
        foreach (var detector in new[] { "numenta", "relativeEntropy", "windowedGaussian" })
        {
            foreach (var (file, threshold, score) in PublishedResults.StandardScores(detector))
            {
                data.Add(detector, file, threshold, score);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PublishedStandardScores))]
    public void Published_per_file_scores_are_reproduced_at_the_published_threshold(string detector, string file, double threshold, double publishedScore)
    {
        var labelled = Corpus.Value.Files.Single(f => f.Series.RelativePath == file);

        var score = NabScorer.ScoreFile(labelled, PublishedResults.AnomalyScores(detector, file), threshold, NabProfile.Standard);

        Assert.Equal(publishedScore, score.Score, 1e-9);
    }

    [Fact]
    public void The_published_row_counts_are_reproduced()
    {
        var labelled = Corpus.Value.Files.Single(f => f.Series.RelativePath == "realTraffic/speed_7578.csv");

        var score = NabScorer.ScoreFile(labelled, PublishedResults.AnomalyScores("numenta", labelled.Series.RelativePath), 0.542187690735, NabProfile.Standard);

        // numenta_standard_scores_realTraffic.csv: TP 5, TN 839, FP 3, FN 111 (rows past the probationary period).
        Assert.Equal((5, 839, 3, 111), (score.TruePositives, score.TrueNegatives, score.FalsePositives, score.FalseNegatives));
    }
}
