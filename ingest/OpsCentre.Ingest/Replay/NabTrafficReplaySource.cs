using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Readings;
using OpsCentre.Ingest.Assets;

namespace OpsCentre.Ingest.Replay;

/// <summary>
/// Replays NAB realTraffic (<c>timestamp,value</c> per file) as traffic readings on mapped road links. Each file
/// measures one quantity; the reading carries it as measured and fills the other two from the link length
/// (travel time = length / speed) and <see cref="GreenshieldsModel"/>. A travel time shorter than the link
/// allows at free-flow speed keeps the measured travel time and caps the derived speed at free flow.
/// Rows that do not move time forward (a repeated timestamp) are dropped.
/// </summary>
public sealed class NabTrafficReplaySource : IReplaySource
{
    private readonly TimeZoneInfo _zone;
    private readonly GreenshieldsModel _model;
    private readonly IReadOnlyList<(string Path, AssetDescriptor Link, NabMeasure Measure)> _files;

    /// <exception cref="ArgumentException">A mapped file is missing, is not a NAB traffic measure, or its link is not a road link with a length.</exception>
    public NabTrafficReplaySource(NabReplayOptions options, IAssetDirectory assets)
    {
        _zone = LocalTimes.Zone(options.TimeZoneId);
        _model = options.FlowModel;
        _files = [.. options.Mappings.Select(m => Resolve(m, options.DataFolder, assets))];
    }

    public string Name => "nab-realTraffic";

    public IReadOnlyList<AssetDescriptor> Assets => [];

    public IEnumerable<CityEvent> ReadEvents() =>
        ReplayMerge.Merge(_files.Select(f => (Path.GetFileName(f.Path), ReadFile(f.Path, f.Link, f.Measure))));

    private IEnumerable<CityEvent> ReadFile(string path, AssetDescriptor link, NabMeasure measure)
    {
        var length = link.LengthMetres!.Value;
        var previous = DateTimeOffset.MinValue;
        var localTimes = new LocalTimes(_zone);
        foreach (var row in CsvRows.Read(path))
        {
            if (localTimes.Parse(row["timestamp"]) is not { } at || at <= previous || CsvRows.Number(row["value"]) is not { } value || value < 0)
            {
                continue;
            }

            previous = at;
            var (flow, speed, travelTime) = measure switch
            {
                NabMeasure.Speed => FromSpeed(Math.Max(GreenshieldsModel.MinimumSpeedKph, value), length),
                NabMeasure.Occupancy => FromOccupancy(value, length),
                _ => FromTravelTime(value, length),
            };
            yield return new TrafficReading(link.AssetId, at, Math.Round(flow, 1), Math.Round(speed, 1), Math.Round(travelTime, 1));
        }
    }

    private (double Flow, double Speed, double TravelTime) FromSpeed(double speed, double length) =>
        (_model.FlowFromSpeed(speed), speed, length / (speed / 3.6));

    private (double Flow, double Speed, double TravelTime) FromOccupancy(double occupancy, double length)
    {
        var (speed, flow) = _model.FromOccupancy(occupancy);
        return (flow, speed, length / (speed / 3.6));
    }

    private (double Flow, double Speed, double TravelTime) FromTravelTime(double travelTime, double length)
    {
        var speed = travelTime > 0
            ? Math.Clamp(length / travelTime * 3.6, GreenshieldsModel.MinimumSpeedKph, _model.FreeFlowSpeedKph)
            : _model.FreeFlowSpeedKph;
        return (_model.FlowFromSpeed(speed), speed, travelTime);
    }

    private static (string, AssetDescriptor, NabMeasure) Resolve(NabFileMapping mapping, string folder, IAssetDirectory assets)
    {
        var path = Path.Combine(folder, mapping.FileName);
        if (!File.Exists(path))
        {
            throw new ArgumentException($"NAB file {path} does not exist", nameof(mapping));
        }

        NabMeasure measure = mapping.FileName switch
        {
            _ when mapping.FileName.StartsWith("speed_", StringComparison.OrdinalIgnoreCase) => NabMeasure.Speed,
            _ when mapping.FileName.StartsWith("occupancy_", StringComparison.OrdinalIgnoreCase) => NabMeasure.Occupancy,
            _ when mapping.FileName.StartsWith("TravelTime_", StringComparison.OrdinalIgnoreCase) => NabMeasure.TravelTime,
            _ => throw new ArgumentException($"{mapping.FileName} is not a speed_, occupancy_ or TravelTime_ file", nameof(mapping)),
        };
        if (!assets.TryGet(mapping.LinkId, out var link) || link.Kind != AssetKind.RoadLink || link.LengthMetres is not > 0)
        {
            throw new ArgumentException($"{mapping.FileName} is mapped to '{mapping.LinkId}', which is not a road link with a length in the directory", nameof(mapping));
        }

        return (path, link, measure);
    }
}
