using OpsCentre.Charts.Png;
using OpsCentre.Charts.TimeSeries;

namespace OpsCentre.Detection.Nab;

/// <summary>
/// Runs a detector over a corpus in NAB layout and scores it under the three NAB profiles, as `opscentre bench nab`
/// does: files in parallel, the threshold optimised per profile unless fixed, per-row results and charts written
/// on request. Progress is reported per file so a caller can draw a progress bar.
/// </summary>
public sealed class NabCorpusRunner(DetectorCatalogue catalogue, TimeProvider time, PngRenderer? pngRenderer = null)
{
    private readonly PngRenderer _png = pngRenderer ?? new PngRenderer();

    public async Task<NabRunReport> RunAsync(NabRunOptions options, IProgress<NabRunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options.Validate();
        if (!catalogue.Contains(options.DetectorName))
        {
            throw new ArgumentException($"Unknown detector '{options.DetectorName}'. Known detectors: {string.Join(", ", catalogue.Names)}.");
        }

        var corpus = NabCorpus.Load(options.CorpusRoot);
        var notes = new List<string>();

        var started = time.GetTimestamp();
        var runs = await Task.Run(
            () => NabDetectionRun.Run(corpus, () => catalogue.Create(options.DetectorName), options.MaxParallelism, progress, cancellationToken),
            cancellationToken);
        var detectionTime = time.GetElapsedTime(started);

        progress?.Report(new NabRunProgress(NabRunStage.Scoring, corpus.Files.Count, corpus.Files.Count, corpus.PointCount, null));
        var profiles = NabEvaluation.Evaluate(runs, options.FixedThreshold);

        if (options.OutputDirectory is { } output)
        {
            progress?.Report(new NabRunProgress(NabRunStage.Writing, 0, corpus.Files.Count, corpus.PointCount, null));
            notes.AddRange(await WriteOutputsAsync(output, options, runs, profiles, progress, cancellationToken));
        }

        progress?.Report(new NabRunProgress(NabRunStage.Done, corpus.Files.Count, corpus.Files.Count, corpus.PointCount, null));
        return new NabRunReport(options.DetectorName, options.CorpusRoot, corpus.Files.Count, corpus.WindowCount, corpus.PointCount, detectionTime, profiles, options.OutputDirectory, notes);
    }

    private async Task<IReadOnlyList<string>> WriteOutputsAsync(
        string output,
        NabRunOptions options,
        IReadOnlyList<NabFileRun> runs,
        IReadOnlyList<NabProfileScore> profiles,
        IProgress<NabRunProgress>? progress,
        CancellationToken cancellationToken)
    {
        var notes = new List<string>();
        NabResultsWriter.WriteScores(output, options.DetectorName, profiles);
        var standardThreshold = profiles.Single(p => p.Profile == NabProfile.Standard).Threshold;
        var written = 0;
        var pngMissingReported = false;
        foreach (var run in runs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            NabResultsWriter.WriteRows(output, run);
            if (options.Plot)
            {
                var svgPath = Path.ChangeExtension(NabResultsWriter.ResultPath(output, run.File.Series), ".svg");
                await File.WriteAllTextAsync(svgPath, TimeSeriesChartRenderer.RenderToString(NabChart.Build(run, standardThreshold, options.DetectorName)), cancellationToken);
                if (!pngMissingReported)
                {
                    var png = await _png.ConvertAsync(svgPath, Path.ChangeExtension(svgPath, ".png"), cancellationToken);
                    if (png.Outcome != PngRenderOutcome.Written)
                    {
                        notes.Add(png.Message);
                        pngMissingReported = png.Outcome == PngRenderOutcome.ToolMissing;
                    }
                }
            }

            progress?.Report(new NabRunProgress(NabRunStage.Writing, ++written, runs.Count, 0, run.File.Series.RelativePath));
        }

        notes.Add($"wrote {runs.Count} result files{(options.Plot ? " and charts" : "")} under {output}");
        return notes;
    }
}
