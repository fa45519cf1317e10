using System.Globalization;
using OpsCentre.Congestion.Observations;

namespace OpsCentre.Congestion.Data.Aarhus;

/// <summary>
/// Reads a trafficData{REPORT_ID}.csv file: 5-minute intervals with avgMeasuredTime (s), avgSpeed (km/h),
/// vehicleCount and a TIMESTAMP without offset (UTC by default, see <see cref="AarhusLoadOptions.TimestampsAreUtc"/>).
/// </summary>
public static class AarhusObservationLoader
{
    public const string FilePattern = "trafficData*.csv";

    public static AarhusObservationFile Load(string path, AarhusLoadOptions? options = null, DateRange? range = null)
    {
        options ??= new AarhusLoadOptions();
        range ??= DateRange.Unbounded;
        using var csv = CsvFiles.OpenWithHeader(path);

        var observations = new List<LinkObservation>();
        string? reportId = null;
        int rows = 0, zeroVehicle = 0, invalid = 0, outside = 0;
        while (csv.Read())
        {
            rows++;
            reportId ??= csv.GetField("REPORT_ID");
            var timestamp = ParseTimestamp(csv.GetField("TIMESTAMP"), options, path, csv.Parser.RawRow);
            if (!range.Contains(timestamp))
            {
                outside++;
                continue;
            }

            var travelTime = csv.GetField<double>("avgMeasuredTime");
            var vehicles = csv.GetField<int>("vehicleCount");
            if (csv.GetField("status") != "OK" || travelTime <= 0)
            {
                invalid++;
                continue;
            }

            if (vehicles == 0 && !options.KeepZeroVehicleReadings)
            {
                zeroVehicle++;
                continue;
            }

            observations.Add(new LinkObservation(timestamp, travelTime, csv.GetField<double>("avgSpeed"), vehicles));
        }

        reportId ??= ReportIdFromFileName(path);
        return new AarhusObservationFile(reportId, observations, new AarhusLoadCounts(rows, observations.Count, zeroVehicle, invalid, outside));
    }

    private static DateTimeOffset ParseTimestamp(string? text, AarhusLoadOptions options, string path, int line)
    {
        if (!DateTime.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var written))
        {
            throw new InvalidDataException($"{path}: line {line} has an unreadable TIMESTAMP '{text}'.");
        }

        return options.TimestampsAreUtc
            ? TimeZoneInfo.ConvertTime(new DateTimeOffset(written, TimeSpan.Zero), options.TimeZone)
            : new DateTimeOffset(written, options.TimeZone.GetUtcOffset(written));
    }

    private static string ReportIdFromFileName(string path) =>
        Path.GetFileNameWithoutExtension(path).Replace("trafficData", string.Empty, StringComparison.Ordinal);
}
