using System.Net;
using System.Text;

namespace OpsCentre.Congestion.Report;

/// <summary>
/// Renders a <see cref="ReportDocument"/> as one self-contained HTML page: styles and SVG charts are inline, nothing is
/// fetched. The page follows the reader's light/dark preference; charts keep their white cards so their colours read
/// the same in both.
/// </summary>
internal static class HtmlReportWriter
{
    private const string Style = """
        :root { color-scheme: light dark; --bg: #f6f7f9; --fg: #1d232a; --muted: #5b6570; --card: #ffffff; --line: #d9dee3; --accent: #c0392b; }
        @media (prefers-color-scheme: dark) { :root { --bg: #14181d; --fg: #e4e8ec; --muted: #9aa5b1; --card: #1e242b; --line: #313a44; --accent: #ff7b6b; } }
        body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, "DejaVu Sans", Arial, sans-serif; }
        main { max-width: 1100px; margin: 0 auto; padding: 24px; }
        h1 { margin: 0 0 4px; font-size: 26px; } h2 { margin: 32px 0 8px; border-bottom: 2px solid var(--accent); padding-bottom: 4px; }
        .subtitle, .meta, figcaption, .more { color: var(--muted); font-size: 13px; }
        figure { margin: 16px 0; background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px; }
        figure svg { width: 100%; height: auto; border-radius: 4px; background: #fff; }
        table { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: 13px; background: var(--card); }
        th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; white-space: nowrap; } th { background: var(--bg); }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .table-wrap { overflow-x: auto; }
        a { color: var(--accent); }
        """;

    public static string Render(ReportDocument document, string generatedAt)
    {
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>")
            .AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .AppendLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Encode(document.Title)).AppendLine("</title>")
            .Append("<style>").Append(Style).AppendLine("</style></head><body><main>")
            .Append("<h1>").Append(Encode(document.Title)).AppendLine("</h1>")
            .Append("<p class=\"subtitle\">").Append(Encode(document.Subtitle)).Append(" · generated ").Append(Encode(generatedAt)).AppendLine("</p>");

        foreach (var section in document.Sections)
        {
            html.Append("<section><h2>").Append(Encode(section.Heading)).AppendLine("</h2>");
            foreach (var paragraph in section.Paragraphs)
            {
                html.Append("<p>").Append(Encode(paragraph)).AppendLine("</p>");
            }

            foreach (var chart in section.Charts)
            {
                html.AppendLine("<figure>").AppendLine(chart.Svg)
                    .Append("<figcaption>").Append(Encode(chart.Caption))
                    .Append($" <a href=\"charts/{chart.FileStem}.svg\">SVG</a>").AppendLine("</figcaption></figure>");
            }

            foreach (var table in section.Tables)
            {
                AppendTable(html, table);
            }

            html.AppendLine("</section>");
        }

        return html.AppendLine("</main></body></html>").ToString();
    }

    private static void AppendTable(StringBuilder html, ReportTable table)
    {
        html.Append("<h3>").Append(Encode(table.Caption)).AppendLine("</h3>");
        var shown = table.Rows.Take(table.PreviewRows).ToList();
        if (shown.Count > 0)
        {
            html.Append("<div class=\"table-wrap\"><table><thead><tr>");
            foreach (var column in table.Columns)
            {
                html.Append("<th>").Append(Encode(column)).Append("</th>");
            }

            html.AppendLine("</tr></thead><tbody>");
            foreach (var row in shown)
            {
                html.Append("<tr>");
                foreach (var cell in row)
                {
                    html.Append(double.TryParse(cell, System.Globalization.CultureInfo.InvariantCulture, out _) ? "<td class=\"num\">" : "<td>")
                        .Append(Encode(cell)).Append("</td>");
                }

                html.AppendLine("</tr>");
            }

            html.AppendLine("</tbody></table></div>");
        }

        var remaining = table.Rows.Count - shown.Count;
        html.Append("<p class=\"more\">")
            .Append(remaining > 0 ? $"{remaining} more rows in " : $"{table.Rows.Count} rows; also as ")
            .Append($"<a href=\"tables/{table.FileStem}.csv\">tables/{table.FileStem}.csv</a></p>").AppendLine();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
