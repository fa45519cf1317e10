using System.Globalization;

namespace OpsCentre.Detection.Nab;

/// <summary>Reads NAB data files (<c>timestamp,value</c>, timestamps as <c>yyyy-MM-dd HH:mm:ss</c>).</summary>
public static class NabCsv
{
    public const string TimestampFormat = "yyyy-MM-dd HH:mm:ss";

    public static NabSeries Read(string path, string relativePath)
    {
        var timestamps = new List<DateTime>();
        var values = new List<double>();
        using var reader = new StreamReader(path);
        var header = reader.ReadLine() ?? throw new InvalidDataException($"{path} is empty.");
        if (!header.Trim().Equals("timestamp,value", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidDataException($"{path}: expected the header 'timestamp,value' but found '{header}'.");
        }

        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var comma = line.IndexOf(',');
            if (comma < 0
                || !DateTime.TryParseExact(line.AsSpan(0, comma), TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var timestamp)
                || !double.TryParse(line.AsSpan(comma + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new InvalidDataException($"{path}:{lineNumber}: cannot read '{line}' as timestamp,value.");
            }

            timestamps.Add(timestamp);
            values.Add(value);
        }

        return new NabSeries(relativePath, [.. timestamps], [.. values]);
    }
}
