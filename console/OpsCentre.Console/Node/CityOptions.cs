using OpsCentre.Assets.Detection;

namespace OpsCentre.Console.Node;

/// <summary>The city a node serves: its catalogue, its detectors and the feed it starts in-process.</summary>
public sealed record CityOptions
{
    /// <summary>Which feed this node starts. Default: the simulated Bristol feed.</summary>
    public FeedMode Feed { get; init; } = FeedMode.Simulate;

    /// <summary>Simulated history published at start so detectors have a baseline. Default 3 h, range 0..48 h.</summary>
    public TimeSpan Backfill { get; init; } = TimeSpan.FromHours(3);

    /// <summary>Simulated time between an asset's reports. Default 1 min, range 1 s..1 h.</summary>
    public TimeSpan Tick { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Seed for the simulated feed; the same seed gives the same city. Default 1.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Injected incidents per simulated day. Default 48, range 0..10,000.</summary>
    public double IncidentsPerDay { get; init; } = 48;

    /// <summary>
    /// When a score becomes an anomaly. Threshold 0.75: the ensemble's NAB-optimal threshold (~0.5) is tuned to
    /// NAB's costs, which forgive false alarms more than a control room does; at 0.75 the simulated city stays quiet
    /// between incidents while a stuck sensor is still reported after ~16 repeated readings.
    /// </summary>
    public AnomalyOptions Anomalies { get; init; } = new() { Threshold = 0.75 };

    /// <summary>With <see cref="FeedMode.Replay"/>: which files (see ReplaySources.Names). Default nab-traffic.</summary>
    public IReadOnlyList<string> ReplaySources { get; init; } = ["nab-traffic"];

    /// <summary>With <see cref="FeedMode.Replay"/>: how many times faster than recorded. Default 600, range 1..10,000,000.</summary>
    public double ReplaySpeed { get; init; } = 600;

    /// <summary>Accept readings of any age (replays of historic files). Default false: older than 24 h is dead-lettered.</summary>
    public bool AcceptHistoricReadings { get; init; }

    public void Validate()
    {
        if (Backfill < TimeSpan.Zero || Backfill > TimeSpan.FromHours(48))
        {
            throw new ArgumentOutOfRangeException(nameof(Backfill), Backfill, "backfill must be 0..48 h");
        }

        if (Tick < TimeSpan.FromSeconds(1) || Tick > TimeSpan.FromHours(1))
        {
            throw new ArgumentOutOfRangeException(nameof(Tick), Tick, "tick must be 1 s..1 h");
        }

        if (IncidentsPerDay is < 0 or > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(IncidentsPerDay), IncidentsPerDay, "incidents per day must be 0..10,000");
        }

        if (ReplaySpeed is < 1 or > 10_000_000 || double.IsNaN(ReplaySpeed))
        {
            throw new ArgumentOutOfRangeException(nameof(ReplaySpeed), ReplaySpeed, "replay speed must be 1..10,000,000");
        }

        if (Feed == FeedMode.Replay && ReplaySources.FirstOrDefault(s => !Feeds.ReplaySources.Names.Contains(s)) is { } unknown)
        {
            throw new ArgumentException($"unknown replay source '{unknown}'; choose from {string.Join(", ", Feeds.ReplaySources.Names)}");
        }

        Anomalies.Validated();
    }
}
