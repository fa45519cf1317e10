namespace OpsCentre.Charts.TimeSeries;

/// <summary>
/// One stacked panel of a <see cref="TimeSeriesChart"/>, sharing the chart's time axis with the others.
/// <see cref="FixedRange"/> pins the y axis (e.g. 0..1 for scores); otherwise it fits the data.
/// </summary>
public sealed record ChartPanel(string Title, IReadOnlyList<LineSeries> Lines)
{
    public IReadOnlyList<MarkerSeries> Markers { get; init; } = [];

    /// <summary>Relative share of the plotting height; panels of weight 2 are twice as tall as weight 1.</summary>
    public double HeightWeight { get; init; } = 1;

    public (double Min, double Max)? FixedRange { get; init; }

    /// <summary>Horizontal reference lines (thresholds), drawn dashed.</summary>
    public IReadOnlyList<double> ReferenceLines { get; init; } = [];
}
