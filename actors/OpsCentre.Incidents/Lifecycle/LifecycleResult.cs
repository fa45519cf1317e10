using OpsCentre.Contracts.Operations;

namespace OpsCentre.Incidents.Lifecycle;

/// <summary>What happened to a lifecycle request: the incident as now stored, or why nothing changed.</summary>
public sealed record LifecycleResult(LifecycleStatus Status, Incident? Incident, string? Reason)
{
    public static LifecycleResult NotFound(string incidentId) => new(LifecycleStatus.NotFound, null, $"no incident {incidentId}");
}
