namespace OpsCentre.Incidents.Sla;

/// <summary>
/// Service levels per priority (index 0 = priority 1). An incident not acknowledged in time escalates to the
/// supervisor (level 1); one not resolved in time escalates to the duty manager (level 2).
/// </summary>
public sealed record SlaOptions
{
    /// <summary>Acknowledge within, for priorities 1..5. Default 2 min, 5 min, 15 min, 1 h, 4 h; each 10 s..7 days.</summary>
    public IReadOnlyList<TimeSpan> AcknowledgeWithin { get; init; } =
        [TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromHours(1), TimeSpan.FromHours(4)];

    /// <summary>Resolve within (from opening), for priorities 1..5. Default 1 h, 4 h, 24 h, 3 days, 7 days; each 1 min..30 days,
    /// and never shorter than the acknowledge deadline.</summary>
    public IReadOnlyList<TimeSpan> ResolveWithin { get; init; } =
        [TimeSpan.FromHours(1), TimeSpan.FromHours(4), TimeSpan.FromHours(24), TimeSpan.FromDays(3), TimeSpan.FromDays(7)];

    /// <summary>How often the monitor looks for breaches. Default 10 s, range 1 s..5 min: a breach is acted on at most
    /// this late.</summary>
    public TimeSpan CheckEvery { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan AcknowledgeDeadline(int priority) => AcknowledgeWithin[Index(priority)];

    public TimeSpan ResolveDeadline(int priority) => ResolveWithin[Index(priority)];

    public void Validate()
    {
        Check(AcknowledgeWithin, nameof(AcknowledgeWithin), TimeSpan.FromSeconds(10), TimeSpan.FromDays(7));
        Check(ResolveWithin, nameof(ResolveWithin), TimeSpan.FromMinutes(1), TimeSpan.FromDays(30));
        for (var i = 0; i < 5; i++)
        {
            if (ResolveWithin[i] < AcknowledgeWithin[i])
            {
                throw new ArgumentException($"{nameof(ResolveWithin)} for priority {i + 1} ({ResolveWithin[i]}) is shorter than {nameof(AcknowledgeWithin)} ({AcknowledgeWithin[i]})");
            }
        }

        if (CheckEvery < TimeSpan.FromSeconds(1) || CheckEvery > TimeSpan.FromMinutes(5))
        {
            throw new ArgumentOutOfRangeException(nameof(CheckEvery), CheckEvery, $"{nameof(CheckEvery)} must be between 1 s and 5 min");
        }
    }

    private static void Check(IReadOnlyList<TimeSpan> deadlines, string name, TimeSpan min, TimeSpan max)
    {
        if (deadlines is not { Count: 5 })
        {
            throw new ArgumentException($"{name} needs exactly 5 values, one per priority 1..5 (has {deadlines?.Count ?? 0})", name);
        }

        for (var i = 0; i < 5; i++)
        {
            if (deadlines[i] < min || deadlines[i] > max)
            {
                throw new ArgumentOutOfRangeException(name, deadlines[i], $"{name} for priority {i + 1} must be between {min} and {max}");
            }
        }
    }

    private static int Index(int priority) => Math.Clamp(priority, 1, 5) - 1;
}
