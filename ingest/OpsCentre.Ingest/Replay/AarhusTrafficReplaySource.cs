using System.Globalization;
using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Readings;
using OpsCentre.Ingest.Assets;

namespace OpsCentre.Ingest.Replay;

/// <summary>
/// Replays CityPulse Aarhus road-segment observations (avgSpeed km/h, avgMeasuredTime s, vehicleCount per report
/// interval) as traffic readings: flow = vehicleCount scaled to an hour. Each REPORT_ID with a data file becomes a
/// RoadLink asset <c>link-aarhus-&lt;REPORT_ID&gt;</c> drawn between the metadata's two points, with its stated
/// distance. Rows with a zero speed or travel time are intervals in which no vehicle was matched — no
/// measurement, not a standstill — and are skipped, as are rows that do not move time forward.
/// </summary>
public sealed class AarhusTrafficReplaySource : IReplaySource
{
    private readonly AarhusReplayOptions _options;
    private readonly TimeZoneInfo _zone;
    private readonly IReadOnlyList<(string Path, AssetDescriptor Link)> _segments;

    /// <exception cref="ArgumentException">A data file has no row in the metadata.</exception>
    public AarhusTrafficReplaySource(AarhusReplayOptions options)
    {
        OptionRange.Check(options.Interval, TimeSpan.FromSeconds(30), TimeSpan.FromHours(1), nameof(AarhusReplayOptions.ReportInterval));
        _options = options;
        _zone = LocalTimes.Zone(options.TimeZoneId);
        var metadata = CsvRows.Read(Path.Combine(options.DataFolder, "trafficMetaData.csv"))
            .GroupBy(row => row["REPORT_ID"])
            .ToDictionary(g => g.Key, g => Segment(g.First()), StringComparer.Ordinal);
        _segments =
        [
            .. Directory.GetFiles(options.DataFolder, "trafficData*.csv")
                .Order(StringComparer.Ordinal)
                .Select(path =>
                {
                    var reportId = Path.GetFileNameWithoutExtension(path)["trafficData".Length..];
                    return metadata.TryGetValue(reportId, out var link)
                        ? (path, link)
                        : throw new ArgumentException($"{Path.GetFileName(path)} has no REPORT_ID {reportId} in trafficMetaData.csv", nameof(options));
                }),
        ];
        Assets = [.. _segments.Select(s => s.Link)];
    }

    public string Name => "aarhus";

    public IReadOnlyList<AssetDescriptor> Assets { get; }

    public IEnumerable<CityEvent> ReadEvents() =>
        ReplayMerge.Merge(_segments.Select(s => (s.Link.AssetId, ReadFile(s.Path, s.Link.AssetId))));

    private IEnumerable<CityEvent> ReadFile(string path, string assetId)
    {
        var perHour = TimeSpan.FromHours(1) / _options.Interval;
        var previous = DateTimeOffset.MinValue;
        var localTimes = new LocalTimes(_zone);
        foreach (var row in CsvRows.Read(path))
        {
            var at = localTimes.Parse(row["TIMESTAMP"]);
            var speed = CsvRows.Number(row["avgSpeed"]) ?? 0;
            var travelTime = CsvRows.Number(row["avgMeasuredTime"]) ?? 0;
            var vehicles = CsvRows.Number(row["vehicleCount"]) ?? -1;
            if (at is null || at <= previous || speed <= 0 || travelTime <= 0 || vehicles < 0)
            {
                continue;
            }

            previous = at.Value;
            yield return new TrafficReading(assetId, at.Value, vehicles * perHour, speed, travelTime);
        }
    }

    private static AssetDescriptor Segment(CsvRow row)
    {
        var from = new GeoPoint(Coordinate(row, "POINT_1_LAT"), Coordinate(row, "POINT_1_LNG"));
        var to = new GeoPoint(Coordinate(row, "POINT_2_LAT"), Coordinate(row, "POINT_2_LNG"));
        var midpoint = new GeoPoint((from.Lat + to.Lat) / 2, (from.Lon + to.Lon) / 2);
        return new AssetDescriptor(
            AssetIds.Create(AssetKind.RoadLink, $"aarhus-{row["REPORT_ID"]}"),
            AssetKind.RoadLink,
            $"Aarhus: {row["POINT_1_STREET"]} → {row["POINT_2_STREET"]}",
            midpoint,
            [from, to],
            CsvRows.Number(row["DISTANCE_IN_METERS"]) ?? Math.Round(from.DistanceMetresTo(to), 1));
    }

    private static double Coordinate(CsvRow row, string column) =>
        CsvRows.Number(row[column]) ?? throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"Aarhus REPORT_ID {row["REPORT_ID"]} has no {column}"));
}
