namespace OpsCentre.Ingest.Simulation;

/// <summary>When incidents are injected: at random (seeded) at a mean rate, or exactly as listed.</summary>
public abstract record IncidentSchedule
{
    /// <summary>No incidents: a clean baseline feed.</summary>
    public static IncidentSchedule None { get; } = new ExplicitIncidentSchedule([]);

    public static IncidentSchedule Random(double perDay, params IncidentKind[] kinds) => new RandomIncidentSchedule(perDay, kinds.Length == 0 ? null : kinds);

    public static IncidentSchedule Exactly(params PlannedIncident[] incidents) => new ExplicitIncidentSchedule(incidents);
}

/// <summary>Incidents start at random ticks with mean <paramref name="PerDay"/> (0–10 000), kinds drawn uniformly from <paramref name="Kinds"/> (default all).</summary>
public sealed record RandomIncidentSchedule(double PerDay, IReadOnlyList<IncidentKind>? Kinds = null) : IncidentSchedule;

/// <summary>Exactly these incidents and no others.</summary>
public sealed record ExplicitIncidentSchedule(IReadOnlyList<PlannedIncident> Incidents) : IncidentSchedule;
