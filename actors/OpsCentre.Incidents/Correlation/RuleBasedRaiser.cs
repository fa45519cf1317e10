using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Raising;

namespace OpsCentre.Incidents.Correlation;

/// <summary>
/// Correlates one area's anomalies into incidents by the rules file. Each anomaly first tries to join an open incident
/// (a rule of that incident's kind wants it, it is in the same place as the evidence, and it arrives within the join
/// window of the latest evidence); otherwise the most urgent rule whose every evidence role is now filled, from the
/// anomalies of the last window in the same place, raises a new incident. Everything is decided in event time, and
/// ties are broken by id, so a replay of the same anomalies raises the same incidents with the same ids.
/// </summary>
public sealed class RuleBasedRaiser : IIncidentRaiser
{
    private readonly CorrelationRuleSet _rules;
    private readonly IRoadNetwork _roads;
    private readonly int _maxEvidence;
    private readonly int _maxRecent;
    // Arrival order, which is event order but for stragglers; pruned from the front.
    private readonly Queue<Anomaly> _recent = new();
    private readonly HashSet<string> _recentIds = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, Incident> _open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _incidentOfEvidence = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _lastEvidenceAt = new(StringComparer.Ordinal);
    private DateTimeOffset _latest = DateTimeOffset.MinValue;
    private DateTimeOffset _lastIncidentSweep = DateTimeOffset.MinValue;

    /// <param name="maxEvidencePerIncident">Evidence kept on one incident (default 100, range 2..10,000): a sensor stuck for
    /// a day keeps its incident without growing it without bound.</param>
    /// <param name="maxRecentAnomalies">Anomalies remembered for correlation (default 20,000, range 100..1,000,000).</param>
    public RuleBasedRaiser(CorrelationRuleSet rules, IRoadNetwork roads, int maxEvidencePerIncident = 100, int maxRecentAnomalies = 20_000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEvidencePerIncident, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxEvidencePerIncident, 10_000);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRecentAnomalies, 100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxRecentAnomalies, 1_000_000);
        _rules = rules;
        _roads = roads;
        _maxEvidence = maxEvidencePerIncident;
        _maxRecent = maxRecentAnomalies;
    }

    public int OpenIncidents => _open.Count;

    public IReadOnlyList<Incident> OnAnomaly(Anomaly anomaly)
    {
        if (_incidentOfEvidence.ContainsKey(anomaly.AnomalyId))
        {
            return [];
        }

        Remember(anomaly);
        if (FindIncidentToJoin(anomaly) is { } incident)
        {
            return incident.Evidence.Count >= _maxEvidence ? [] : [Track(Join(incident, anomaly))];
        }

        foreach (var rule in _rules.Rules.Where(r => r.Wants(anomaly)))
        {
            if (TryRaise(rule, anomaly) is { } raised)
            {
                return [Track(raised)];
            }
        }

        return [];
    }

    /// <summary>
    /// Takes incidents as they are stored: after a restart or partition move (every open incident), and after each of
    /// the stage's writes, which may reveal that an operator resolved an incident meanwhile. Open ones replace the
    /// copy held here; the rest are forgotten, so their anomalies no longer count as evidence.
    /// </summary>
    public void Restore(IEnumerable<Incident> incidents)
    {
        foreach (var incident in incidents)
        {
            if (incident.State.IsOpen())
            {
                Track(incident);
            }
            else
            {
                Forget(incident.IncidentId);
            }
        }
    }

    private Incident? FindIncidentToJoin(Anomaly anomaly)
    {
        var wanting = _rules.Rules.Where(r => r.Wants(anomaly)).ToList();
        if (wanting.Count == 0 || _open.Count == 0)
        {
            return null;
        }

        Incident? best = null;
        foreach (var incident in _open.Values)
        {
            if (best is not null && (incident.Priority, incident.OpenedAt).CompareTo((best.Priority, best.OpenedAt)) >= 0)
            {
                continue;
            }

            var lastEvidence = _lastEvidenceAt[incident.IncidentId];
            foreach (var rule in wanting)
            {
                if (rule.Kind == incident.Kind
                    && anomaly.ObservedAt <= lastEvidence + rule.JoinWindow
                    && anomaly.ObservedAt >= incident.OpenedAt - rule.Window
                    && IsNearIncident(rule.Space, anomaly, incident))
                {
                    best = incident;
                    break;
                }
            }
        }

        return best;
    }

    private bool IsNearIncident(SpatialScope space, Anomaly anomaly, Incident incident) =>
        incident.Evidence.Count == 0
            // Raised from outside (an external warning): the incident's own location stands for its area.
            ? anomaly.Location.DistanceMetresTo(incident.Location) <= space.WithinMetres
            : incident.Evidence.Any(e => InSamePlace(space, anomaly, e));

    private static Incident Join(Incident incident, Anomaly anomaly) => incident with
    {
        Evidence = [.. incident.Evidence, anomaly],
        AssetIds = incident.AssetIds.Contains(anomaly.AssetId, StringComparer.Ordinal) ? incident.AssetIds : [.. incident.AssetIds, anomaly.AssetId],
        UpdatedAt = anomaly.ObservedAt > incident.UpdatedAt ? anomaly.ObservedAt : incident.UpdatedAt,
        Version = incident.Version + 1,
    };

    private Incident? TryRaise(CorrelationRule rule, Anomaly trigger)
    {
        // Cheapest tests first: most recent anomalies are for other rules or too far off in time.
        var candidates = _recent
            .Where(a => rule.Wants(a)
                        && (a.ObservedAt - trigger.ObservedAt).Duration() <= rule.Window
                        && InSamePlace(rule.Space, trigger, a)
                        && !IsEvidenceOfOpen(a.AnomalyId, rule.Kind))
            .ToList();

        var evidence = new List<Anomaly>();
        foreach (var role in rule.Evidence)
        {
            var filling = candidates.Where(role.Matches).ToList();
            if (filling.Select(a => a.AssetId).Distinct(StringComparer.Ordinal).Count() < role.MinAssets)
            {
                return null;
            }

            evidence.AddRange(filling.Where(a => !evidence.Contains(a)));
        }

        evidence = [.. evidence.OrderBy(a => a.ObservedAt).ThenBy(a => a.AnomalyId, StringComparer.Ordinal)];
        var kind = _rules.Kind(rule.Kind)!;
        var openedAt = evidence.Max(a => a.ObservedAt);
        var anchor = evidence.FirstOrDefault(a => rule.Evidence[0].Matches(a)) ?? trigger;
        return new Incident(
            IncidentIds.From(rule.Kind, trigger.AnomalyId),
            rule.Kind,
            $"{kind.Title} at {anchor.AssetId}",
            rule.Priority,
            IncidentState.New,
            openedAt,
            openedAt,
            Centre(evidence.Select(a => a.Location)),
            [.. evidence.Select(a => a.AssetId).Distinct(StringComparer.Ordinal)],
            evidence,
            EvidenceSummary.Describe(rule, evidence),
            Version: 1,
            StateChangedAt: openedAt,
            Checklist: kind.NewChecklist(),
            RaisedBy: $"{rule.Id}@{_rules.RulesVersion}");
    }

    private bool InSamePlace(SpatialScope space, Anomaly a, Anomaly b) =>
        a.AssetId == b.AssetId
        || a.Location.DistanceMetresTo(b.Location) <= space.WithinMetres
        || (space.ConnectedRoadLinks && _roads.AreConnected(a.AssetId, b.AssetId));

    private bool IsEvidenceOfOpen(string anomalyId, string kind) =>
        _incidentOfEvidence.TryGetValue(anomalyId, out var incidentId) && _open.TryGetValue(incidentId, out var incident) && incident.Kind == kind;

    private void Remember(Anomaly anomaly)
    {
        if (anomaly.ObservedAt > _latest)
        {
            _latest = anomaly.ObservedAt;
        }

        if (_recentIds.Add(anomaly.AnomalyId))
        {
            _recent.Enqueue(anomaly);
        }

        var horizon = _latest - _rules.LongestWindow;
        while (_recent.Count > 0 && (_recent.Count > _maxRecent || _recent.Peek().ObservedAt < horizon))
        {
            _recentIds.Remove(_recent.Dequeue().AnomalyId);
        }

        // Incidents whose evidence stopped long ago can no longer be joined (the store still has them). Swept once a
        // minute of event time: the sweep is a pass over every open incident.
        if (_latest - _lastIncidentSweep >= TimeSpan.FromMinutes(1))
        {
            _lastIncidentSweep = _latest;
            var joinHorizon = _latest - _rules.LongestJoinWindow;
            foreach (var stale in _lastEvidenceAt.Where(e => e.Value < joinHorizon).Select(e => e.Key).ToList())
            {
                Forget(stale);
            }
        }
    }

    private Incident Track(Incident incident)
    {
        // The latest copy always wins: after a write the stored incident is the truth, whatever version the copy
        // held here had reached.
        if (_open.TryGetValue(incident.IncidentId, out var known))
        {
            Unindex(known);
        }

        _open[incident.IncidentId] = incident;
        var last = incident.OpenedAt;
        foreach (var anomaly in incident.Evidence)
        {
            _incidentOfEvidence[anomaly.AnomalyId] = incident.IncidentId;
            last = anomaly.ObservedAt > last ? anomaly.ObservedAt : last;
        }

        _lastEvidenceAt[incident.IncidentId] = last;

        return incident;
    }

    private void Forget(string incidentId)
    {
        if (_open.Remove(incidentId, out var known))
        {
            Unindex(known);
            _lastEvidenceAt.Remove(incidentId);
        }
    }

    private void Unindex(Incident incident)
    {
        foreach (var anomaly in incident.Evidence)
        {
            if (_incidentOfEvidence.TryGetValue(anomaly.AnomalyId, out var owner) && owner == incident.IncidentId)
            {
                _incidentOfEvidence.Remove(anomaly.AnomalyId);
            }
        }
    }

    private static GeoPoint Centre(IEnumerable<GeoPoint> points)
    {
        var list = points.ToList();
        return new GeoPoint(Math.Round(list.Average(p => p.Lat), 6), Math.Round(list.Average(p => p.Lon), 6));
    }
}
