namespace OpsCentre.Congestion.Report;

/// <summary>A rendered chart: written to charts/{FileStem}.svg (and .png) and inlined in the HTML.</summary>
public sealed record ReportChart(string FileStem, string Caption, string Svg);
