namespace OpsCentre.Charts.TimeSeries;

/// <summary>A shaded interval across every panel of a chart (a labelled anomaly window, a maintenance period).</summary>
public sealed record TimeBand(DateTime Start, DateTime End, string Colour, string? Label = null)
{
    public double Opacity { get; init; } = 0.25;
}
