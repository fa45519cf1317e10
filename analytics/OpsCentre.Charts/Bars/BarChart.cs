namespace OpsCentre.Charts.Bars;

/// <summary>
/// Bars per category, grouped side by side when there are several series. Bars start at zero (a bar's length is its
/// value; a truncated axis would exaggerate differences).
/// </summary>
public sealed record BarChart(string Title, IReadOnlyList<string> Categories, IReadOnlyList<BarSeries> Series)
{
    public BarOrientation Orientation { get; init; } = BarOrientation.Horizontal;

    /// <summary>Caption of the value axis, e.g. "congestion level (%)".</summary>
    public string ValueAxisTitle { get; init; } = "";

    /// <summary>.NET numeric format of value labels and ticks.</summary>
    public string ValueFormat { get; init; } = "0.#";

    /// <summary>Room for category labels on the left of horizontal bars, in pixels. Default 260. Range [20, 2000].</summary>
    public int CategoryLabelWidth { get; init; } = 260;

    /// <summary>Pixel width of the whole image; 300..8000.</summary>
    public int Width { get; init; } = 1000;

    /// <summary>Pixel height of the whole image; 150..8000.</summary>
    public int Height { get; init; } = 420;

    public void Validate()
    {
        if (Categories.Count == 0 || Series.Count == 0)
        {
            throw new ArgumentException("A bar chart needs at least one category and one series.");
        }

        foreach (var series in Series.Where(s => s.Values.Count != Categories.Count))
        {
            throw new ArgumentException($"Series '{series.Name}' has {series.Values.Count} values for {Categories.Count} categories.");
        }

        if (Width is < 300 or > 8000)
        {
            throw new ArgumentOutOfRangeException(nameof(Width), Width, "Width must be between 300 and 8000 pixels.");
        }

        if (Height is < 150 or > 8000)
        {
            throw new ArgumentOutOfRangeException(nameof(Height), Height, "Height must be between 150 and 8000 pixels.");
        }

        if (CategoryLabelWidth is < 20 or > 2000 || CategoryLabelWidth >= Width - 100)
        {
            throw new ArgumentOutOfRangeException(nameof(CategoryLabelWidth), CategoryLabelWidth, "Category label width must be within [20, 2000] and leave 100 pixels for bars.");
        }
    }
}
