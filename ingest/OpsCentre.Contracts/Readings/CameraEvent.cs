namespace OpsCentre.Contracts.Readings;

/// <summary>
/// Analytics metadata from one camera: object counts per class in the last interval and an optional event.
/// <paramref name="TrackRef"/> is a salted hash of the analytics engine's track id, never the raw id, so that
/// repeated reports of one event can be grouped without anything identifying entering the pipeline.
/// </summary>
public sealed record CameraEvent(
    string AssetId,
    DateTimeOffset ObservedAt,
    IReadOnlyDictionary<string, int> Counts,
    CameraEventKind Event = CameraEventKind.None,
    double? Confidence = null,
    string? Zone = null,
    string? TrackRef = null) : CityEvent(AssetId, ObservedAt);
