using OpsCentre.Contracts.Operations;

namespace OpsCentre.Incidents.Raising;

/// <summary>
/// Turns anomalies into incidents: opens new ones or adds evidence to open ones. Called by the incident stage for
/// every anomaly on its partition, in order; returns the incidents the anomaly created or changed (each with a
/// higher version). Must be deterministic for a given anomaly sequence so that a replay yields the same incidents.
/// </summary>
public interface IIncidentRaiser
{
    IReadOnlyList<Incident> OnAnomaly(Anomaly anomaly);

    /// <summary>Loads the open incidents the raiser may extend (after a restart or a partition move).</summary>
    void Restore(IEnumerable<Incident> openIncidents);
}
