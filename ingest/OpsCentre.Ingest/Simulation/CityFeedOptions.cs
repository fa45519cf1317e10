namespace OpsCentre.Ingest.Simulation;

/// <summary>How the city feed simulator runs.</summary>
/// <param name="Start">Simulated time of the first tick.</param>
/// <param name="TickInterval">Simulated time between ticks; every asset reports once per tick. 1 s – 1 h, default 1 min.</param>
/// <param name="Seed">Fixes every random draw: the same seed and options give the same feed and the same incidents.</param>
/// <param name="Incidents">Injection schedule. Default: about 12 a day of every kind.</param>
/// <param name="TimeZoneId">Local time for the daily and weekly rhythms (IANA id). Default Europe/London.</param>
/// <param name="Variability">Scales all random variation: 0 gives the smooth underlying signals, 1 (default) realistic noise. 0–3.</param>
public sealed record CityFeedOptions(
    DateTimeOffset Start,
    TimeSpan? TickInterval = null,
    ulong Seed = 1,
    IncidentSchedule? Incidents = null,
    string TimeZoneId = "Europe/London",
    double Variability = 1)
{
    public static readonly TimeSpan DefaultTickInterval = TimeSpan.FromMinutes(1);
    public static readonly IncidentSchedule DefaultIncidents = new RandomIncidentSchedule(12);

    public TimeSpan Tick => TickInterval ?? DefaultTickInterval;

    public IncidentSchedule Schedule => Incidents ?? DefaultIncidents;

    /// <exception cref="ArgumentException">A value is outside its documented range or the time zone is unknown.</exception>
    public CityFeedOptions Validated()
    {
        OptionRange.Check(Tick, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1), nameof(TickInterval));
        OptionRange.Check(Variability, 0, 3, nameof(Variability));
        if (Schedule is RandomIncidentSchedule random)
        {
            OptionRange.Check(random.PerDay, 0, 10_000, nameof(RandomIncidentSchedule.PerDay));
        }

        if (Schedule is ExplicitIncidentSchedule planned && planned.Incidents.FirstOrDefault(p => p.Duration <= TimeSpan.Zero || p.After < TimeSpan.Zero) is { } bad)
        {
            throw new ArgumentException($"planned {bad.Kind} must have After >= 0 and a positive Duration", nameof(Incidents));
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZoneId, out _))
        {
            throw new ArgumentException($"time zone '{TimeZoneId}' is not known on this machine", nameof(TimeZoneId));
        }

        return this;
    }
}
