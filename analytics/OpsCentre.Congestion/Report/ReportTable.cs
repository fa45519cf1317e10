namespace OpsCentre.Congestion.Report;

/// <summary>A table: written whole to tables/{FileStem}.csv; the HTML shows its first <see cref="PreviewRows"/> rows.</summary>
public sealed record ReportTable(string FileStem, string Caption, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public int PreviewRows { get; init; } = 15;
}
