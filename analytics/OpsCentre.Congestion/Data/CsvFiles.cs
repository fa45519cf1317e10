using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace OpsCentre.Congestion.Data;

/// <summary>Opens the shipped CSV files the one way they all need: invariant culture, header row read.</summary>
internal static class CsvFiles
{
    /// <summary>The reader owns the file; disposing it closes the file.</summary>
    public static CsvReader OpenWithHeader(string path)
    {
        var csv = new CsvReader(new StreamReader(path), new CsvConfiguration(CultureInfo.InvariantCulture));
        csv.Read();
        csv.ReadHeader();
        return csv;
    }
}
