namespace OpsCentre.Congestion.Report;

/// <summary>What a report run produced.</summary>
/// <param name="Files">Every file written, as full paths.</param>
/// <param name="Notes">Things the reader should know (skipped PNGs, dropped readings, empty ranges).</param>
public sealed record CongestionReport(ReportDataKind Kind, string HtmlPath, IReadOnlyList<string> Files, IReadOnlyList<string> Notes);
