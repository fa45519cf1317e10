namespace OpsCentre.Charts.TimeSeries;

/// <summary>A chart of stacked panels over one time axis, with bands shaded across all panels.</summary>
public sealed record TimeSeriesChart(string Title, IReadOnlyList<ChartPanel> Panels)
{
    public IReadOnlyList<TimeBand> Bands { get; init; } = [];

    /// <summary>Pixel width of the whole image; 400..8000.</summary>
    public int Width { get; init; } = 1400;

    /// <summary>Pixel height of the whole image; 200..8000.</summary>
    public int Height { get; init; } = 600;

    public void Validate()
    {
        if (Panels.Count == 0)
        {
            throw new ArgumentException("A chart needs at least one panel.", nameof(Panels));
        }

        if (Width is < 400 or > 8000)
        {
            throw new ArgumentOutOfRangeException(nameof(Width), Width, "Width must be between 400 and 8000 pixels.");
        }

        if (Height is < 200 or > 8000)
        {
            throw new ArgumentOutOfRangeException(nameof(Height), Height, "Height must be between 200 and 8000 pixels.");
        }

        foreach (var series in Panels.SelectMany(p => p.Lines))
        {
            if (series.Times.Count != series.Values.Count)
            {
                throw new ArgumentException($"Series '{series.Name}' has {series.Times.Count} times but {series.Values.Count} values.");
            }
        }
    }
}
