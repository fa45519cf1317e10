using OpsCentre.Congestion.Measures;

namespace OpsCentre.Congestion.Streaming;

/// <summary>Settings of a <see cref="LinkCongestionAccumulator"/>.</summary>
public sealed record LinkCongestionOptions
{
    /// <summary>How free flow is learned when none is supplied.</summary>
    public FreeFlowOptions FreeFlow { get; init; } = new();

    public CongestionThreshold Threshold { get; init; } = new();

    /// <summary>Span of the rolling Travel Time Index. Default 1 hour (12 five-minute readings). Range [1 minute, 1 day].</summary>
    public TimeSpan RollingWindow { get; init; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Most readings the rolling window holds, which bounds its memory whatever the feed rate. Default 120 (an hour of
    /// 30-second readings). Range [1, 10000].
    /// </summary>
    public int RollingCapacity { get; init; } = 120;

    /// <summary>No reading for longer than this and the state is flagged stale. Default 15 minutes. Range [1 second, 1 day].</summary>
    public TimeSpan StaleAfter { get; init; } = TimeSpan.FromMinutes(15);

    public void Validate()
    {
        FreeFlow.Validate();
        Threshold.Validate();
        if (RollingWindow < TimeSpan.FromMinutes(1) || RollingWindow > TimeSpan.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(nameof(RollingWindow), RollingWindow, "Rolling window must be within [1 minute, 1 day].");
        }

        if (RollingCapacity is < 1 or > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(RollingCapacity), RollingCapacity, "Rolling capacity must be within [1, 10000] readings.");
        }

        if (StaleAfter < TimeSpan.FromSeconds(1) || StaleAfter > TimeSpan.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(nameof(StaleAfter), StaleAfter, "Stale-after must be within [1 second, 1 day].");
        }
    }
}
