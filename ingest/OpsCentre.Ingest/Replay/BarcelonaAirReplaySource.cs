using System.Globalization;
using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Readings;
using OpsCentre.Ingest.Assets;

namespace OpsCentre.Ingest.Replay;

/// <summary>
/// Replays Barcelona's hourly NO2 and PM10 (one column per station code, one row per local hour) as sensor
/// readings from AirQualityMonitor assets <c>aq-bcn-&lt;station&gt;</c> registered from the stations file. A station
/// column with no coordinates in the stations file (code 58 in the shipped data) is skipped rather than placed
/// somewhere invented; empty cells are hours without a measurement. Values are replayed as measured — one PM10
/// hour above the contract's 2 000 µg/m³ ceiling is left for the decoder to dead-letter.
/// </summary>
public sealed class BarcelonaAirReplaySource : IReplaySource
{
    private static readonly (string File, Quantity Quantity)[] Pollutants = [("NO2.csv", Quantity.No2), ("PM10.csv", Quantity.Pm10)];

    private readonly TimeZoneInfo _zone;
    private readonly string _folder;
    private readonly Dictionary<string, AssetDescriptor> _stations;

    public BarcelonaAirReplaySource(BarcelonaAirReplayOptions options)
    {
        _folder = options.DataFolder;
        _zone = LocalTimes.Zone(options.TimeZoneId);
        var located = CsvRows.Read(Path.Combine(_folder, "2021_qualitat_aire_estacions.csv"))
            .GroupBy(row => row["Estacio"].Trim())
            .ToDictionary(g => g.Key, g => Station(g.First()), StringComparer.Ordinal);
        var measured = Pollutants.SelectMany(p => CsvRows.Read(Path.Combine(_folder, p.File)).Take(1).SelectMany(row => row.Columns.Skip(1))).ToHashSet(StringComparer.Ordinal);
        _stations = located.Where(s => measured.Contains(s.Key)).ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
        Assets = [.. _stations.Values.OrderBy(a => a.AssetId, StringComparer.Ordinal)];
    }

    public string Name => "barcelona-air";

    public IReadOnlyList<AssetDescriptor> Assets { get; }

    public IEnumerable<CityEvent> ReadEvents() =>
        ReplayMerge.Merge(Pollutants.Select(p => (p.File, ReadFile(Path.Combine(_folder, p.File), p.Quantity))));

    private IEnumerable<CityEvent> ReadFile(string path, Quantity quantity)
    {
        var previous = DateTimeOffset.MinValue;
        var localTimes = new LocalTimes(_zone);
        foreach (var row in CsvRows.Read(path))
        {
            if (localTimes.Parse(row[0]) is not { } at || at <= previous)
            {
                continue;
            }

            previous = at;
            for (var column = 1; column < row.Columns.Count; column++)
            {
                if (_stations.TryGetValue(row.Columns[column], out var station) && CsvRows.Number(row[column]) is { } value)
                {
                    yield return new SensorReading(station.AssetId, at, quantity, value);
                }
            }
        }
    }

    private static AssetDescriptor Station(CsvRow row)
    {
        var code = row["Estacio"].Trim();
        var lat = CsvRows.Number(row["Latitud"]);
        var lon = CsvRows.Number(row["Longitud"]);
        if (lat is null || lon is null)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"Barcelona station {code} has no coordinates"));
        }

        return new AssetDescriptor(
            AssetIds.Create(AssetKind.AirQualityMonitor, $"bcn-{code}"),
            AssetKind.AirQualityMonitor,
            $"Air quality: {row["nom_cabina"].Trim()} ({row["ubicacio"].Trim()})",
            new GeoPoint(lat.Value, lon.Value));
    }
}
