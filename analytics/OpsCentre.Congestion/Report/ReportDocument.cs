namespace OpsCentre.Congestion.Report;

/// <summary>A report's content, independent of how it is written out (HTML page, CSV files, SVG/PNG charts).</summary>
public sealed record ReportDocument(string Title, string Subtitle, IReadOnlyList<ReportSection> Sections)
{
    public IEnumerable<ReportChart> Charts => Sections.SelectMany(s => s.Charts);

    public IEnumerable<ReportTable> Tables => Sections.SelectMany(s => s.Tables);
}
