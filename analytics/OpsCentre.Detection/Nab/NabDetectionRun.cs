namespace OpsCentre.Detection.Nab;

/// <summary>Streams every file of a corpus through a fresh detector, files in parallel.</summary>
public static class NabDetectionRun
{
    public static IReadOnlyList<NabFileRun> Run(
        NabCorpus corpus,
        Func<IStreamDetector> createDetector,
        int maxParallelism,
        IProgress<NabRunProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var runs = new NabFileRun[corpus.Files.Count];
        var done = 0;
        long points = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxParallelism), CancellationToken = cancellationToken };

        // Longest files first, so a big file does not start last and leave the other cores idle.
        var order = Enumerable.Range(0, corpus.Files.Count).OrderByDescending(i => corpus.Files[i].Series.Length);
        Parallel.ForEach(order, options, index =>
        {
            var file = corpus.Files[index];
            runs[index] = new NabFileRun(file, ScoreSeries(file.Series, createDetector()));
            var finished = Interlocked.Increment(ref done);
            var total = Interlocked.Add(ref points, file.Series.Length);
            progress?.Report(new NabRunProgress(NabRunStage.Detecting, finished, corpus.Files.Count, total, file.Series.RelativePath));
        });

        return runs;
    }

    public static double[] ScoreSeries(NabSeries series, IStreamDetector detector)
    {
        var scores = new double[series.Length];
        for (var i = 0; i < series.Length; i++)
        {
            scores[i] = detector.Observe(series.Timestamps[i], series.Values[i]).Score;
        }

        return scores;
    }
}
