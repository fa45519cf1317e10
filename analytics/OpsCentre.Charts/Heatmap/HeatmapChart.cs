namespace OpsCentre.Charts.Heatmap;

/// <summary>
/// A grid of coloured cells (rows × columns), e.g. day of week × hour of day. <see cref="Values"/> is row-major;
/// NaN cells mean "no data" and are drawn grey, not as the low end of the scale.
/// </summary>
public sealed record HeatmapChart(
    string Title,
    IReadOnlyList<string> RowLabels,
    IReadOnlyList<string> ColumnLabels,
    IReadOnlyList<IReadOnlyList<double>> Values)
{
    /// <summary>Caption of the colour legend, e.g. "median TTI".</summary>
    public string LegendTitle { get; init; } = "";

    /// <summary>.NET numeric format of cell tooltips and legend ticks.</summary>
    public string ValueFormat { get; init; } = "0.00";

    /// <summary>Pins the colour scale (e.g. 1.0 to 2.0 for TTI); otherwise it spans the finite values.</summary>
    public (double Min, double Max)? FixedRange { get; init; }

    /// <summary>Show every n-th column label (24 hour labels crowd a narrow chart). Default 1. Range [1, columns].</summary>
    public int ColumnLabelStep { get; init; } = 1;

    /// <summary>Pixel width of the whole image; 300..8000.</summary>
    public int Width { get; init; } = 1000;

    /// <summary>Pixel height of the whole image; 150..8000.</summary>
    public int Height { get; init; } = 340;

    public void Validate()
    {
        if (RowLabels.Count == 0 || ColumnLabels.Count == 0)
        {
            throw new ArgumentException("A heatmap needs at least one row and one column.");
        }

        if (Values.Count != RowLabels.Count || Values.Any(row => row.Count != ColumnLabels.Count))
        {
            throw new ArgumentException($"Values must be {RowLabels.Count} rows of {ColumnLabels.Count} columns.");
        }

        if (Width is < 300 or > 8000)
        {
            throw new ArgumentOutOfRangeException(nameof(Width), Width, "Width must be between 300 and 8000 pixels.");
        }

        if (Height is < 150 or > 8000)
        {
            throw new ArgumentOutOfRangeException(nameof(Height), Height, "Height must be between 150 and 8000 pixels.");
        }

        if (ColumnLabelStep < 1 || ColumnLabelStep > ColumnLabels.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(ColumnLabelStep), ColumnLabelStep, $"Column label step must be within [1, {ColumnLabels.Count}].");
        }

        if (FixedRange is { } range && !(range.Max > range.Min))
        {
            throw new ArgumentException($"Fixed range max ({range.Max}) must exceed min ({range.Min}).", nameof(FixedRange));
        }
    }
}
