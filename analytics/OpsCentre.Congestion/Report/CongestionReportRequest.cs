using OpsCentre.Congestion.Analysis;
using OpsCentre.Congestion.Observations;

namespace OpsCentre.Congestion.Report;

/// <summary>What to report on and where to write it.</summary>
/// <param name="DataFolder">An Aarhus-style travel-time folder or a folder holding the I-94 volume file.</param>
/// <param name="Range">Local calendar days to cover, both ends included.</param>
/// <param name="OutputFolder">Created if missing; report.html, charts/ and tables/ are written into it.</param>
public sealed record CongestionReportRequest(string DataFolder, DateRange Range, string OutputFolder)
{
    public CongestionAnalysisOptions Analysis { get; init; } = new();

    /// <summary>Convert the SVG charts to PNG with rsvg-convert (skipped with a note when it is not installed). Default true.</summary>
    public bool WritePng { get; init; } = true;
}
