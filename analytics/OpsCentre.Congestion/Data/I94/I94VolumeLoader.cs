using System.Globalization;
using OpsCentre.Congestion.Observations;

namespace OpsCentre.Congestion.Data.I94;

/// <summary>
/// Reads Metro_Interstate_Traffic_Volume.csv (UCI). Two quirks of the file are handled here rather than in every
/// analysis: an hour with several weather conditions appears once per condition with the same volume (the first row
/// is kept), and the holiday name is only on the midnight row of the day (it is applied to the whole local date).
/// </summary>
public static class I94VolumeLoader
{
    public const string FileName = "Metro_Interstate_Traffic_Volume.csv";

    private const double KelvinOffset = 273.15;

    public static bool IsI94Folder(string folder) => File.Exists(Path.Combine(folder, FileName));

    /// <param name="timeZone">The file's clock; default America/Chicago (Minnesota).</param>
    public static I94VolumeData Load(string path, DateRange? range = null, TimeZoneInfo? timeZone = null)
    {
        range ??= DateRange.Unbounded;
        timeZone ??= TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
        using var csv = CsvFiles.OpenWithHeader(path);

        var hours = new List<HourlyVolume>();
        var seen = new HashSet<DateTime>();
        var holidays = new Dictionary<DateOnly, string>();
        int rows = 0, repeated = 0;
        while (csv.Read())
        {
            rows++;
            var text = csv.GetField("date_time");
            if (!DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                throw new InvalidDataException($"{path}: line {csv.Parser.RawRow} has an unreadable date_time '{text}'.");
            }

            var holiday = csv.GetField("holiday");
            if (holiday is { Length: > 0 } && holiday != "None")
            {
                holidays[DateOnly.FromDateTime(local)] = holiday;
            }

            if (!seen.Add(local))
            {
                repeated++;
                continue;
            }

            var kelvin = csv.GetField<double>("temp");
            hours.Add(new HourlyVolume(
                new DateTimeOffset(local, timeZone.GetUtcOffset(local)),
                csv.GetField<int>("traffic_volume"),
                null,
                csv.GetField("weather_main") ?? string.Empty,
                kelvin > 0 ? kelvin - KelvinOffset : double.NaN,
                csv.GetField<double>("rain_1h"),
                csv.GetField<double>("snow_1h")));
        }

        var inRange = hours
            .Where(h => range.Contains(h.Hour))
            .Select(h => holidays.TryGetValue(DateOnly.FromDateTime(h.Hour.DateTime), out var name) ? h with { Holiday = name } : h)
            .OrderBy(h => h.Hour.DateTime)
            .ToList();
        return new I94VolumeData(inRange, rows, repeated);
    }
}
