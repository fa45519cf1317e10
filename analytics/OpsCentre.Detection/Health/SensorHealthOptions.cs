namespace OpsCentre.Detection.Health;

/// <summary>Sensor health settings: stuck values, missing data and impossible values.</summary>
public sealed record SensorHealthOptions
{
    /// <summary>Consecutive equal readings before a run can be called a flatline; 3..100000. Default 6.</summary>
    public int MinimumFlatRun { get; init; } = 6;

    /// <summary>Readings over which the usual chance of an exact repeat is learnt; 50..100000. Default 1000.</summary>
    public int RepeatHistory { get; init; } = 1000;

    /// <summary>Readings closer than this count as equal; 0..1e9. Default 0 (exact repeats, as stuck sensors give).</summary>
    public double FlatTolerance { get; init; }

    /// <summary>Missed sampling intervals that make a gap a dropout; 2..100000. Default 5.</summary>
    public int DropoutIntervals { get; init; } = 5;

    /// <summary>Recent sampling intervals whose median is the expected interval; 8..1024. Default 64.</summary>
    public int IntervalHistory { get; init; } = 64;

    public void Validate()
    {
        const string owner = nameof(SensorHealthOptions);
        OptionChecks.InRange(MinimumFlatRun, 3, 100_000, owner, nameof(MinimumFlatRun));
        OptionChecks.InRange(RepeatHistory, 50, 100_000, owner, nameof(RepeatHistory));
        OptionChecks.InRange(FlatTolerance, 0, 1e9, owner, nameof(FlatTolerance));
        OptionChecks.InRange(DropoutIntervals, 2, 100_000, owner, nameof(DropoutIntervals));
        OptionChecks.InRange(IntervalHistory, 8, 1024, owner, nameof(IntervalHistory));
    }
}
