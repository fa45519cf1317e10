using OpsCentre.Contracts.Operations;

namespace OpsCentre.Incidents.Raising;

/// <summary>
/// The simplest honest raiser: every anomaly is its own incident, priority by pattern. Rule-based correlation
/// replaces it; it stays as the fallback when no rules file is configured.
/// </summary>
public sealed class AnomalyPerIncidentRaiser : IIncidentRaiser
{
    public IReadOnlyList<Incident> OnAnomaly(Anomaly anomaly)
    {
        var kind = anomaly.Pattern switch
        {
            AnomalyPattern.Flatline or AnomalyPattern.Dropout or AnomalyPattern.ImpossibleValue or AnomalyPattern.Offline => "sensor-fault",
            AnomalyPattern.CameraEvent => "camera-event",
            _ => "anomaly",
        };
        var priority = kind == "sensor-fault" ? 4 : 3;
        var incident = new Incident(
            IncidentIds.From(kind, anomaly.AnomalyId),
            kind,
            $"{anomaly.Signal} {anomaly.Pattern.ToString().ToLowerInvariant()} at {anomaly.AssetId}",
            priority,
            IncidentState.New,
            anomaly.ObservedAt,
            anomaly.ObservedAt,
            anomaly.Location,
            [anomaly.AssetId],
            [anomaly],
            anomaly.Explanation,
            Version: 1);
        return [incident];
    }

    public void Restore(IEnumerable<Incident> openIncidents)
    {
    }
}
