using OpsCentre.Contracts.Readings;

namespace OpsCentre.Console.Views;

/// <summary>
/// The CCTV panel's memory of every camera's analytics metadata (counts and events; the contracts carry no images,
/// faces or plates). Written by the feed's consumer thread, read by HTTP requests: one lock, held briefly.
/// </summary>
public sealed class CameraActivityBoard
{
    private readonly Dictionary<string, CameraHistory> _cameras = new(StringComparer.Ordinal);
    private readonly CameraPanelOptions _options;
    private readonly Lock _gate = new();
    private long _ignored;

    public CameraActivityBoard(CameraPanelOptions options)
    {
        options.Validate();
        _options = options;
    }

    /// <summary>Reports dropped because <see cref="CameraPanelOptions.MaxCameras"/> cameras were already tracked.</summary>
    public long Ignored => Interlocked.Read(ref _ignored);

    public void Record(CameraEvent report)
    {
        lock (_gate)
        {
            if (!_cameras.TryGetValue(report.AssetId, out var history))
            {
                if (_cameras.Count >= _options.MaxCameras)
                {
                    Interlocked.Increment(ref _ignored);
                    return;
                }

                _cameras[report.AssetId] = history = new CameraHistory(report.AssetId, _options);
            }

            history.Record(report);
        }
    }

    /// <summary>Every camera, those with the most recent event first, then by id.</summary>
    public IReadOnlyList<CameraSummary> Summaries()
    {
        lock (_gate)
        {
            return [.. _cameras.Values.Select(c => c.Summary())
                .OrderByDescending(s => s.LatestEvent?.At ?? DateTimeOffset.MinValue)
                .ThenBy(s => s.AssetId, StringComparer.Ordinal)];
        }
    }

    public CameraTimeline? Timeline(string assetId)
    {
        lock (_gate)
        {
            return _cameras.TryGetValue(assetId, out var history) ? history.Timeline() : null;
        }
    }
}
