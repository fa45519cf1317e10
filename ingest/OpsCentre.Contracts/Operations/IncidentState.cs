namespace OpsCentre.Contracts.Operations;

/// <summary>Where an incident is in its lifecycle: new → acknowledged → assigned → resolved → closed.</summary>
public enum IncidentState
{
    New,
    Acknowledged,
    Assigned,
    Resolved,
    Closed,
}
