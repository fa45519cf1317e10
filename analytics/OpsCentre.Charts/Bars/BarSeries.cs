namespace OpsCentre.Charts.Bars;

/// <summary>One bar per category of a <see cref="BarChart"/>; <see cref="Values"/> parallels the chart's categories.</summary>
public sealed record BarSeries(string Name, IReadOnlyList<double> Values, string Colour);
