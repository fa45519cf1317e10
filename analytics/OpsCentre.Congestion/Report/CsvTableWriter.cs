using System.Globalization;
using CsvHelper;

namespace OpsCentre.Congestion.Report;

/// <summary>Writes a <see cref="ReportTable"/> as RFC 4180 CSV (header row, invariant culture, UTF-8 without BOM).</summary>
internal static class CsvTableWriter
{
    public static void Write(ReportTable table, string path)
    {
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var column in table.Columns)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        foreach (var row in table.Rows)
        {
            foreach (var cell in row)
            {
                csv.WriteField(cell);
            }

            csv.NextRecord();
        }
    }
}
