namespace OpsCentre.Ingest.Replay;

/// <summary>
/// One NAB realTraffic file and the road link its readings are replayed on. What the file measures comes from its
/// name: <c>speed_*</c> (km/h), <c>occupancy_*</c> (% of time) or <c>TravelTime_*</c> (seconds).
/// </summary>
public sealed record NabFileMapping(string FileName, string LinkId);
