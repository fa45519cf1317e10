namespace OpsCentre.Congestion.Bottlenecks;

/// <summary>
/// A period when the junction from <see cref="UpstreamLinkId"/> into <see cref="DownstreamLinkId"/> was an active
/// bottleneck: queue upstream, recovered speed downstream. <see cref="End"/> is the end of the last active interval.
/// </summary>
public sealed record BottleneckEpisode(
    string UpstreamLinkId,
    string DownstreamLinkId,
    DateTimeOffset Start,
    DateTimeOffset End,
    int ActiveIntervals,
    double MeanUpstreamSpeedKmh,
    double MeanDownstreamSpeedKmh)
{
    public TimeSpan Duration => End - Start;

    public double MeanSpeedDropKmh => MeanDownstreamSpeedKmh - MeanUpstreamSpeedKmh;
}
