using OpsCentre.Assets.State;

namespace OpsCentre.Assets.Snapshots;

/// <summary>A camera's latest object counts and recent analytics events.</summary>
public sealed record CameraSnapshot(
    IReadOnlyDictionary<string, int> LatestCounts,
    DateTimeOffset? CountsAt,
    IReadOnlyList<CameraEventRecord> RecentEvents);
