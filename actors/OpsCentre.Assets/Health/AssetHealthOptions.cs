namespace OpsCentre.Assets.Health;

/// <summary>When silence makes an asset offline (and raises a sensor-fault incident through an Offline anomaly).</summary>
public sealed record AssetHealthOptions
{
    /// <summary>Expected reporting intervals an asset may miss before it is offline. Default 5, range 2..1000.</summary>
    public int MissedIntervals { get; init; } = 5;

    /// <summary>The reporting interval assumed until an asset has reported twice. Default 1 min, range 1 s..1 day.</summary>
    public TimeSpan DefaultInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The shortest silence that makes any asset offline, so a fast sensor's jitter never does.
    /// Default 2 min, range 0..1 day.</summary>
    public TimeSpan MinimumSilence { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How often each partition looks for silent assets. Default 15 s, range 100 ms..10 min.</summary>
    public TimeSpan SweepInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>The silence after which an asset reporting every <paramref name="expectedInterval"/> is offline.</summary>
    public TimeSpan OfflineAfter(TimeSpan? expectedInterval)
    {
        var missed = (expectedInterval ?? DefaultInterval) * MissedIntervals;
        return missed > MinimumSilence ? missed : MinimumSilence;
    }

    public AssetHealthOptions Validated()
    {
        if (MissedIntervals is < 2 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(MissedIntervals), MissedIntervals, "missed intervals must be 2..1000");
        }

        if (DefaultInterval < TimeSpan.FromSeconds(1) || DefaultInterval > TimeSpan.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(nameof(DefaultInterval), DefaultInterval, "default interval must be 1 s..1 day");
        }

        if (MinimumSilence < TimeSpan.Zero || MinimumSilence > TimeSpan.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumSilence), MinimumSilence, "minimum silence must be 0..1 day");
        }

        if (SweepInterval < TimeSpan.FromMilliseconds(100) || SweepInterval > TimeSpan.FromMinutes(10))
        {
            throw new ArgumentOutOfRangeException(nameof(SweepInterval), SweepInterval, "sweep interval must be 100 ms..10 min");
        }

        return this;
    }
}
