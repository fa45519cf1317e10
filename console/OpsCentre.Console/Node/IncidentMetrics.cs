using System.Diagnostics.Metrics;
using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Pipeline;

namespace OpsCentre.Console.Node;

/// <summary>Counts durable incident changes by kind and priority (meter "OpsCentre.Incidents").</summary>
public sealed class IncidentMetrics : IIncidentObserver
{
    private static readonly Meter Meter = new("OpsCentre.Incidents");
    private static readonly Counter<long> Changes = Meter.CreateCounter<long>("opscentre.incident.changes", description: "Incidents raised or updated, by kind and priority");

    public void Changed(IReadOnlyList<Incident> incidents)
    {
        foreach (var incident in incidents)
        {
            Changes.Add(1, new KeyValuePair<string, object?>("kind", incident.Kind), new KeyValuePair<string, object?>("priority", incident.Priority));
        }
    }
}
