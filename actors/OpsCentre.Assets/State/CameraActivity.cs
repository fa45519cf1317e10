using OpsCentre.Contracts.Readings;

namespace OpsCentre.Assets.State;

/// <summary>A camera's recent analytics metadata: latest object counts and its last few events. No images.</summary>
public sealed class CameraActivity
{
    public const int EventCapacity = 16;

    private readonly Queue<CameraEventRecord> _events = new();

    public CameraActivity()
    {
    }

    /// <summary>Restores the activity a snapshot recorded.</summary>
    public CameraActivity(IReadOnlyDictionary<string, int> latestCounts, DateTimeOffset? countsAt, IEnumerable<CameraEventRecord> recentEvents)
    {
        LatestCounts = latestCounts;
        CountsAt = countsAt;
        foreach (var recent in recentEvents.TakeLast(EventCapacity))
        {
            _events.Enqueue(recent);
        }
    }

    public IReadOnlyDictionary<string, int> LatestCounts { get; private set; } = new Dictionary<string, int>();

    public DateTimeOffset? CountsAt { get; private set; }

    public IReadOnlyCollection<CameraEventRecord> RecentEvents => _events;

    public void Apply(CameraEvent cameraEvent)
    {
        LatestCounts = cameraEvent.Counts;
        CountsAt = cameraEvent.ObservedAt;
        if (cameraEvent.Event != CameraEventKind.None)
        {
            if (_events.Count == EventCapacity)
            {
                _events.Dequeue();
            }

            _events.Enqueue(new CameraEventRecord(cameraEvent.ObservedAt, cameraEvent.Event, cameraEvent.Confidence));
        }
    }
}
