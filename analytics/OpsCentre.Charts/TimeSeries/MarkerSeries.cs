namespace OpsCentre.Charts.TimeSeries;

/// <summary>Individual points drawn as dots (detections, alerts), each with an optional tooltip.</summary>
public sealed record MarkerSeries(string Name, IReadOnlyList<DateTime> Times, IReadOnlyList<double> Values, string Colour)
{
    public double Radius { get; init; } = 3.5;

    /// <summary>Per-marker hover text, parallel to <see cref="Times"/> when given.</summary>
    public IReadOnlyList<string>? Tooltips { get; init; }
}
