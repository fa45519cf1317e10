namespace OpsCentre.Detection.Seasonal;

/// <summary>Seasonal baseline settings: time-of-day and time-of-week profiles of recent values.</summary>
public sealed record SeasonalBaselineOptions
{
    /// <summary>Width of a profile slot in minutes; must divide a day; 5..240. Default 30.</summary>
    public int SlotMinutes { get; init; } = 30;

    /// <summary>Past days kept per time-of-day slot; 3..28. Default 7.</summary>
    public int DaysKept { get; init; } = 7;

    /// <summary>Past weeks kept per time-of-week slot; 2..12. Default 4.</summary>
    public int WeeksKept { get; init; } = 4;

    /// <summary>Values a slot needs before its median is trusted as the expectation; 2..12. Default 3.</summary>
    public int MinimumSamples { get; init; } = 3;

    /// <summary>Recent residuals whose median absolute value scales the z-score; 32..2048. Default 512.</summary>
    public int ResidualHistory { get; init; } = 512;

    /// <summary>How each slot is remembered. Default <see cref="SlotMemoryKind.CycleMedian"/> (the NAB-measured one).</summary>
    public SlotMemoryKind SlotMemory { get; init; } = SlotMemoryKind.CycleMedian;

    public void Validate()
    {
        const string owner = nameof(SeasonalBaselineOptions);
        OptionChecks.InRange(SlotMinutes, 5, 240, owner, nameof(SlotMinutes));
        if (1440 % SlotMinutes != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(SlotMinutes), SlotMinutes, $"{owner}.{nameof(SlotMinutes)} must divide 1440 (a day), but was {SlotMinutes}.");
        }

        OptionChecks.InRange(DaysKept, 3, 28, owner, nameof(DaysKept));
        OptionChecks.InRange(WeeksKept, 2, 12, owner, nameof(WeeksKept));
        OptionChecks.InRange(MinimumSamples, 2, 12, owner, nameof(MinimumSamples));
        OptionChecks.InRange(ResidualHistory, 32, 2048, owner, nameof(ResidualHistory));
        if (MinimumSamples > DaysKept)
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumSamples), MinimumSamples, $"{owner}.{nameof(MinimumSamples)} cannot exceed {nameof(DaysKept)}.");
        }
    }
}
