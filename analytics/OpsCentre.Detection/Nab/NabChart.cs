using OpsCentre.Charts.TimeSeries;

namespace OpsCentre.Detection.Nab;

/// <summary>
/// The per-file picture of a corpus run: the series with its labelled windows shaded and the detections at the
/// threshold marked, and below it the anomaly score with the threshold line. The probationary period is greyed.
/// </summary>
public static class NabChart
{
    private const string ValueColour = "#1f77b4";
    private const string ScoreColour = "#ff7f0e";
    private const string DetectionColour = "#d62728";
    private const string WindowColour = "#2ca02c";
    private const string ProbationColour = "#999999";

    public static TimeSeriesChart Build(NabFileRun run, double threshold, string detectorName)
    {
        var series = run.File.Series;
        var detectedRows = Enumerable.Range(run.File.ProbationaryRows, series.Length - run.File.ProbationaryRows)
            .Where(row => run.Scores[row] >= threshold)
            .ToList();
        var detectionTimes = detectedRows.Select(row => series.Timestamps[row]).ToList();
        var tooltips = detectedRows
            .Select(row => $"{series.Timestamps[row]:yyyy-MM-dd HH:mm} score {run.Scores[row]:0.000}{(run.File.IsInWindow(row) ? " (in window)" : " (false positive)")}")
            .ToList();

        var bands = run.File.Windows
            .Select(w => new TimeBand(series.Timestamps[w.Start], series.Timestamps[w.End], WindowColour, $"labelled window rows {w.Start}-{w.End}"))
            .ToList();
        if (run.File.ProbationaryRows > 0)
        {
            bands.Insert(0, new TimeBand(series.Timestamps[0], series.Timestamps[run.File.ProbationaryRows - 1], ProbationColour, "probationary period (not scored)") { Opacity = 0.15 });
        }

        var valuePanel = new ChartPanel("value", [new LineSeries("value", series.Timestamps, series.Values, ValueColour)])
        {
            HeightWeight = 2,
            Markers = [new MarkerSeries("detections", detectionTimes, detectedRows.Select(row => series.Values[row]).ToList(), DetectionColour) { Tooltips = tooltips }],
        };
        var scorePanel = new ChartPanel("anomaly score", [new LineSeries("anomaly score", series.Timestamps, run.Scores, ScoreColour)])
        {
            FixedRange = (0, 1.02),
            ReferenceLines = [threshold],
            Markers = [new MarkerSeries("detections", detectionTimes, detectedRows.Select(row => run.Scores[row]).ToList(), DetectionColour) { Radius = 2.5 }],
        };

        return new TimeSeriesChart($"{series.RelativePath} - {detectorName} (threshold {threshold:0.####}, {detectedRows.Count} detections)", [valuePanel, scorePanel])
        {
            Bands = bands,
        };
    }
}
