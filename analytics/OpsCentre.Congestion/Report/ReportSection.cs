namespace OpsCentre.Congestion.Report;

public sealed record ReportSection(string Heading, IReadOnlyList<string> Paragraphs)
{
    public IReadOnlyList<ReportChart> Charts { get; init; } = [];

    public IReadOnlyList<ReportTable> Tables { get; init; } = [];
}
