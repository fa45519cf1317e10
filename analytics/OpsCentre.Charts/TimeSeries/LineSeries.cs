namespace OpsCentre.Charts.TimeSeries;

/// <summary>A series drawn as a line; <see cref="Times"/> and <see cref="Values"/> are parallel lists.</summary>
public sealed record LineSeries(string Name, IReadOnlyList<DateTime> Times, IReadOnlyList<double> Values, string Colour)
{
    public double StrokeWidth { get; init; } = 1.2;
}
