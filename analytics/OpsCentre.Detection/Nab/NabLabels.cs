using System.Globalization;
using System.Text.Json;

namespace OpsCentre.Detection.Nab;

/// <summary>
/// labels/combined_windows.json: for each "category/file.csv", its windows as [start, end] timestamps.
/// </summary>
public sealed class NabLabels
{
    private static readonly string[] LabelFormats = ["yyyy-MM-dd HH:mm:ss.ffffff", NabCsv.TimestampFormat];
    private readonly Dictionary<string, IReadOnlyList<(DateTime Start, DateTime End)>> _windows;

    private NabLabels(Dictionary<string, IReadOnlyList<(DateTime Start, DateTime End)>> windows) => _windows = windows;

    public static NabLabels Load(string path)
    {
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream);
        var windows = new Dictionary<string, IReadOnlyList<(DateTime, DateTime)>>(StringComparer.Ordinal);
        foreach (var file in document.RootElement.EnumerateObject())
        {
            windows[file.Name] = file.Value.EnumerateArray()
                .Select(pair => (ParseLabel(pair[0].GetString(), path), ParseLabel(pair[1].GetString(), path)))
                .ToList();
        }

        return new NabLabels(windows);
    }

    public bool Contains(string relativePath) => _windows.ContainsKey(relativePath);

    /// <summary>
    /// Maps the file's windows to rows, each end to the first row carrying that timestamp (timestamps repeat in
    /// some NAB files).
    /// </summary>
    public NabLabelledFile Label(NabSeries series)
    {
        if (!_windows.TryGetValue(series.RelativePath, out var windows))
        {
            throw new InvalidDataException($"The label file has no entry for '{series.RelativePath}' (files without anomalies need an empty list).");
        }

        var firstRow = new Dictionary<DateTime, int>();
        for (var i = 0; i < series.Length; i++)
        {
            firstRow.TryAdd(series.Timestamps[i], i);
        }

        int RowOf(DateTime time) => firstRow.TryGetValue(time, out var row)
            ? row
            : throw new InvalidDataException($"{series.RelativePath}: window edge {time:yyyy-MM-dd HH:mm:ss} is not a timestamp in the file.");

        return new NabLabelledFile(series, windows.Select(w => new RowWindow(RowOf(w.Start), RowOf(w.End))).ToList());
    }

    private static DateTime ParseLabel(string? text, string path) =>
        DateTime.TryParseExact(text, LabelFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new InvalidDataException($"{path}: '{text}' is not a label timestamp.");
}
