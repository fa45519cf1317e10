namespace OpsCentre.Incidents;

/// <summary>An incident kept changing under a writer for every retry; the caller should report and try later.</summary>
public sealed class IncidentConcurrencyException(string incidentId, int attempts)
    : Exception($"incident {incidentId} changed under us {attempts} times in a row; giving up this write")
{
    public string IncidentId { get; } = incidentId;
}
