using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Audit;
using OpsCentre.Incidents.Raising;

namespace OpsCentre.Incidents.Pipeline;

/// <summary>
/// Writes what the correlator decided without trampling what operators did meanwhile. The correlator owns an
/// incident's evidence, the lifecycle owns its state: a new incident is inserted only if absent, and evidence is
/// merged into the stored version (compare-and-set, retried on conflict) rather than replacing it. Evidence already
/// stored is skipped, which makes a replay a no-op. Evidence meant for an incident that an operator has resolved
/// meanwhile is offered to the raiser again, which now raises a fresh incident for it if the rules say so.
/// </summary>
public sealed class CorrelatorWrites(IIncidentStore store, TimeProvider time)
{
    /// <summary>Re-offering evidence can itself hit a just-resolved incident; two rounds settle any realistic race.</summary>
    private const int MaxRounds = 3;

    private static readonly Actor Correlator = Actor.System("correlator");

    private readonly IncidentWriter _writer = new(store);

    /// <summary>Writes the raiser's pending incidents; returns every incident as stored and those this call changed.</summary>
    public async Task<(IReadOnlyList<Incident> Stored, IReadOnlyList<Incident> Changed)> WriteAsync(
        IReadOnlyCollection<Incident> pending, IIncidentRaiser raiser, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<string, Incident>(StringComparer.Ordinal);
        var changed = new Dictionary<string, Incident>(StringComparer.Ordinal);
        var round = pending.OrderBy(i => i.IncidentId, StringComparer.Ordinal).ToList();
        for (var attempt = 0; attempt < MaxRounds && round.Count > 0; attempt++)
        {
            var reoffer = new List<Anomaly>();
            foreach (var incident in round)
            {
                var result = await _writer.WriteAsync(incident.IncidentId, current => current is null ? Raise(incident) : Merge(current, incident), cancellationToken).ConfigureAwait(false);
                var now = result.Stored!;
                stored[now.IncidentId] = now;
                if (result.Changed)
                {
                    changed[now.IncidentId] = now;
                }

                raiser.Restore([now]);
                if (!now.State.IsOpen())
                {
                    var storedIds = now.Evidence.Select(e => e.AnomalyId).ToHashSet(StringComparer.Ordinal);
                    reoffer.AddRange(incident.Evidence.Where(e => !storedIds.Contains(e.AnomalyId)));
                }
            }

            var next = new Dictionary<string, Incident>(StringComparer.Ordinal);
            foreach (var anomaly in reoffer.OrderBy(a => a.ObservedAt).ThenBy(a => a.AnomalyId, StringComparer.Ordinal))
            {
                foreach (var incident in raiser.OnAnomaly(anomaly))
                {
                    next[incident.IncidentId] = incident;
                }
            }

            round = [.. next.Values.OrderBy(i => i.IncidentId, StringComparer.Ordinal)];
        }

        return ([.. stored.Values], [.. changed.Values]);
    }

    private IncidentChange Raise(Incident incident) =>
        new(incident, [new AuditEntry(AuditSubjects.Incident, incident.IncidentId, "raise", AuditOutcome.Done, Correlator, time.GetUtcNow(),
            $"{incident.RaisedBy ?? "raised"}: {incident.Title}", null, incident.State.ToString().ToLowerInvariant())]);

    private IncidentChange? Merge(Incident current, Incident proposed)
    {
        if (!current.State.IsOpen())
        {
            return null;
        }

        var known = current.Evidence.Select(e => e.AnomalyId).ToHashSet(StringComparer.Ordinal);
        var added = proposed.Evidence.Where(e => !known.Contains(e.AnomalyId)).ToList();
        if (added.Count == 0)
        {
            return null;
        }

        var latest = added.Max(e => e.ObservedAt);
        var next = current with
        {
            Evidence = [.. current.Evidence, .. added],
            AssetIds = [.. current.AssetIds.Concat(added.Select(e => e.AssetId)).Distinct(StringComparer.Ordinal)],
            UpdatedAt = latest > current.UpdatedAt ? latest : current.UpdatedAt,
        };
        var state = current.State.ToString().ToLowerInvariant();
        return new IncidentChange(next, [new AuditEntry(AuditSubjects.Incident, current.IncidentId, "evidence-added", AuditOutcome.Done, Correlator, time.GetUtcNow(),
            string.Join("; ", added.Select(a => $"{a.Signal} {a.Pattern.ToString().ToLowerInvariant()} at {a.AssetId} ({a.AnomalyId})")), state, state)]);
    }
}
