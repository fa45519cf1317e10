namespace OpsCentre.Console.Views;

/// <summary>One camera's panel: object counts over time (oldest bucket first) and its recent events (newest first).</summary>
public sealed record CameraTimeline(string AssetId, int BucketSeconds, IReadOnlyList<CountBucket> Buckets, IReadOnlyList<CameraEventView> RecentEvents);
