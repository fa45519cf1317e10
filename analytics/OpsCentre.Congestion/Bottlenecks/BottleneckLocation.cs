namespace OpsCentre.Congestion.Bottlenecks;

/// <summary>
/// One junction's bottleneck record over a period, ranked as PeMS ranks them: by how many days it was active, then by
/// total active time.
/// </summary>
/// <param name="TypicalStartHour">The local hour of day in which most episodes began.</param>
public sealed record BottleneckLocation(
    string UpstreamLinkId,
    string DownstreamLinkId,
    int EpisodeCount,
    int ActiveDays,
    TimeSpan TotalActive,
    double MeanSpeedDropKmh,
    int TypicalStartHour);
