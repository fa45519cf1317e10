namespace OpsCentre.Congestion.Bottlenecks;

/// <summary>One aligned interval of a junction. The default value is an interval with no readings.</summary>
internal readonly record struct IntervalState(DateTimeOffset Timestamp, bool IsObserved, bool IsActive, double UpstreamSpeedKmh, double DownstreamSpeedKmh);
