using OpsCentre.Congestion.Measures;
using OpsCentre.Congestion.Streaming;

namespace OpsCentre.Console.Congestion;

/// <summary>How the node turns traffic readings into congestion analytics, bound from <see cref="Section"/>.</summary>
public sealed record CongestionOptions
{
    public const string Section = "Console:Congestion";

    /// <summary>
    /// Length of a link interval; readings are averaged within it. Default 5 min (the interval traffic teams and the
    /// bottleneck rules work in), valid 1 min to 1 h and a whole divisor of a day, so intervals line up with hours.
    /// </summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The city's time zone (IANA id): hour-of-week profiles and quiet hours are local. Default Europe/London.</summary>
    public string TimeZoneId { get; init; } = "Europe/London";

    /// <summary>
    /// Stored intervals a link's streaming state is rebuilt from when its partition is (re)assigned. Default 2016
    /// (a week of 5-minute intervals, enough for quiet-hour free flow), valid 1 to 20 000.
    /// </summary>
    public int RestoreIntervals { get; init; } = 2016;

    /// <summary>
    /// History free flow is learned from, ending at the end of the range asked for. Default 7 days (every quiet
    /// night of a week), valid 1 h to 90 days.
    /// </summary>
    public TimeSpan FreeFlowLookback { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Longest range one request may ask for. Default 31 days, valid 1 h to 366 days.</summary>
    public TimeSpan MaxRange { get; init; } = TimeSpan.FromDays(31);

    /// <summary>Range used when a request gives no "from": this long before "to". Default 3 h, valid 5 min to <see cref="MaxRange"/>.</summary>
    public TimeSpan DefaultRange { get; init; } = TimeSpan.FromHours(3);

    /// <summary>A link is congested at or above this Travel Time Index. Default 1.5 (see CongestionThreshold), valid (1, 10].</summary>
    public double CongestedTravelTimeIndex { get; init; } = 1.5;

    /// <summary>A link's live state is stale after this long without a closed interval. Default 15 min, valid 1 min to 1 day.</summary>
    public TimeSpan StaleAfter { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Most entities one NGSI-LD page may hold. Default 1000, valid 1 to 10 000.</summary>
    public int NgsiLdMaxLimit { get; init; } = 1000;

    public CongestionThreshold Threshold => new(CongestedTravelTimeIndex);

    public FreeFlowOptions FreeFlow => new();

    public LinkCongestionOptions Streaming => new() { Threshold = Threshold, StaleAfter = StaleAfter, FreeFlow = FreeFlow };

    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    /// <summary>The start of the interval holding <paramref name="at"/> (intervals are aligned on UTC midnight).</summary>
    public DateTimeOffset IntervalStartOf(DateTimeOffset at)
    {
        var ticks = at.UtcTicks;
        return new DateTimeOffset(ticks - (ticks % Interval.Ticks), TimeSpan.Zero);
    }

    public CongestionOptions Validated()
    {
        var errors = new List<string>();
        if (Interval < TimeSpan.FromMinutes(1) || Interval > TimeSpan.FromHours(1) || TimeSpan.FromDays(1).Ticks % Interval.Ticks != 0)
        {
            errors.Add($"{Section}:{nameof(Interval)} is {Interval}; it must be between 00:01:00 and 01:00:00 and divide a day evenly");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZoneId, out _))
        {
            errors.Add($"{Section}:{nameof(TimeZoneId)} '{TimeZoneId}' is not a time zone known on this machine");
        }

        if (RestoreIntervals is < 1 or > 20_000)
        {
            errors.Add($"{Section}:{nameof(RestoreIntervals)} is {RestoreIntervals}; it must be between 1 and 20000");
        }

        if (FreeFlowLookback < TimeSpan.FromHours(1) || FreeFlowLookback > TimeSpan.FromDays(90))
        {
            errors.Add($"{Section}:{nameof(FreeFlowLookback)} is {FreeFlowLookback}; it must be between 01:00:00 and 90.00:00:00");
        }

        if (MaxRange < TimeSpan.FromHours(1) || MaxRange > TimeSpan.FromDays(366))
        {
            errors.Add($"{Section}:{nameof(MaxRange)} is {MaxRange}; it must be between 01:00:00 and 366.00:00:00");
        }

        if (DefaultRange < TimeSpan.FromMinutes(5) || DefaultRange > MaxRange)
        {
            errors.Add($"{Section}:{nameof(DefaultRange)} is {DefaultRange}; it must be between 00:05:00 and {nameof(MaxRange)}");
        }

        if (!(CongestedTravelTimeIndex > 1 && CongestedTravelTimeIndex <= 10))
        {
            errors.Add($"{Section}:{nameof(CongestedTravelTimeIndex)} is {CongestedTravelTimeIndex}; it must be above 1 and at most 10");
        }

        if (StaleAfter < TimeSpan.FromMinutes(1) || StaleAfter > TimeSpan.FromDays(1))
        {
            errors.Add($"{Section}:{nameof(StaleAfter)} is {StaleAfter}; it must be between 00:01:00 and 1.00:00:00");
        }

        if (NgsiLdMaxLimit is < 1 or > 10_000)
        {
            errors.Add($"{Section}:{nameof(NgsiLdMaxLimit)} is {NgsiLdMaxLimit}; it must be between 1 and 10000");
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", errors));
        }

        return this;
    }
}
