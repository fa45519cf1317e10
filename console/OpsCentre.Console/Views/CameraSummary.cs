namespace OpsCentre.Console.Views;

/// <summary>One row of the CCTV panel: a camera's latest object counts and its latest analytics event.</summary>
public sealed record CameraSummary(
    string AssetId,
    DateTimeOffset LastReportAt,
    IReadOnlyDictionary<string, int> LatestCounts,
    CameraEventView? LatestEvent,
    int EventsInHistory);
