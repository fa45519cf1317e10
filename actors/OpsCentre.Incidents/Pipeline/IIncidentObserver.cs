using OpsCentre.Contracts.Operations;

namespace OpsCentre.Incidents.Pipeline;

/// <summary>Told about incidents once they are durable (metrics, in-process notifications).</summary>
public interface IIncidentObserver
{
    void Changed(IReadOnlyList<Incident> incidents);
}
