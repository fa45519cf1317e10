using OpsCentre.Contracts.Readings;

namespace OpsCentre.Assets.State;

/// <summary>A camera's recent analytics metadata: latest object counts and its last few events. No images.</summary>
public sealed class CameraActivity
{
    private const int EventCapacity = 16;
    private readonly Queue<(DateTimeOffset At, CameraEventKind Kind, double? Confidence)> _events = new();

    public IReadOnlyDictionary<string, int> LatestCounts { get; private set; } = new Dictionary<string, int>();

    public DateTimeOffset? CountsAt { get; private set; }

    public IReadOnlyList<(DateTimeOffset At, CameraEventKind Kind, double? Confidence)> RecentEvents => [.. _events];

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

            _events.Enqueue((cameraEvent.ObservedAt, cameraEvent.Event, cameraEvent.Confidence));
        }
    }
}
