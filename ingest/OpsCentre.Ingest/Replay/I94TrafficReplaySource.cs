using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Readings;
using OpsCentre.Ingest.Assets;

namespace OpsCentre.Ingest.Replay;

/// <summary>
/// Replays the UCI "Metro Interstate Traffic Volume" file (hourly westbound I-94 volumes with weather) as traffic
/// readings on one link: flow is the measured volume; speed comes from <see cref="GreenshieldsModel"/>'s
/// uncongested branch and travel time from the link length. The file repeats an hour once per weather description;
/// only the first row of each hour is used, and the weather columns are not replayed.
/// </summary>
public sealed class I94TrafficReplaySource : IReplaySource
{
    private readonly I94ReplayOptions _options;
    private readonly TimeZoneInfo _zone;
    private readonly GreenshieldsModel _model;
    private readonly AssetDescriptor _link;

    /// <exception cref="ArgumentException">The file is missing, or the link is not a road link with a length.</exception>
    public I94TrafficReplaySource(I94ReplayOptions options, IAssetDirectory assets)
    {
        if (!File.Exists(options.CsvPath))
        {
            throw new ArgumentException($"I-94 file {options.CsvPath} does not exist", nameof(options));
        }

        if (!assets.TryGet(options.LinkId, out var link) || link.Kind != AssetKind.RoadLink || link.LengthMetres is not > 0)
        {
            throw new ArgumentException($"'{options.LinkId}' is not a road link with a length in the directory", nameof(options));
        }

        _options = options;
        _zone = LocalTimes.Zone(options.TimeZoneId);
        _model = options.FlowModel;
        _link = link;
    }

    public string Name => "mndot-i94";

    public IReadOnlyList<AssetDescriptor> Assets => [];

    public IEnumerable<CityEvent> ReadEvents()
    {
        var length = _link.LengthMetres!.Value;
        var previous = DateTimeOffset.MinValue;
        var localTimes = new LocalTimes(_zone);
        foreach (var row in CsvRows.Read(_options.CsvPath))
        {
            if (localTimes.Parse(row["date_time"]) is not { } at || at <= previous || CsvRows.Number(row["traffic_volume"]) is not { } volume || volume < 0)
            {
                continue;
            }

            previous = at;
            var speed = _model.SpeedFromFlow(volume);
            yield return new TrafficReading(_link.AssetId, at, volume, Math.Round(speed, 1), Math.Round(length / (speed / 3.6), 1));
        }
    }
}
