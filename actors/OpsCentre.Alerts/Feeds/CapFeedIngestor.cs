using Microsoft.Extensions.Logging;
using OpsCentre.Alerts.Cap;
using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents;
using OpsCentre.Incidents.Audit;
using OpsCentre.Incidents.Correlation;
using OpsCentre.Incidents.Lifecycle;
using OpsCentre.Incidents.Publishing;
using OpsCentre.Incidents.Raising;

namespace OpsCentre.Alerts.Feeds;

/// <summary>
/// External CAP warnings (a flood warning, a severe weather warning) as a source of incidents. An Alert raises an
/// incident of the mapped kind at the warning's area (with the kind's procedure from the rules file); an Update
/// changes the incident its references point to; a Cancel resolves it. The incident id comes from the sender and
/// identifier, so a feed delivering the same message twice raises one incident. Anomalies near such an incident join
/// it through the correlation rules of its kind, so a river gauge rising under a flood warning adds evidence to it.
/// </summary>
public sealed class CapFeedIngestor
{
    private const int MaxSummary = 2_000;
    private const string ExternalWarning = "external-warning";

    private readonly IIncidentStore _store;
    private readonly IIncidentFeed _feed;
    private readonly IncidentLifecycle _lifecycle;
    private readonly CorrelationRuleSet _rules;
    private readonly CapFeedOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CapXmlReader _reader;
    private readonly IncidentWriter _writer;

    public CapFeedIngestor(IIncidentStore store, IIncidentFeed feed, IncidentLifecycle lifecycle, CorrelationRuleSet rules, CapFeedOptions options, TimeProvider time, ILogger<CapFeedIngestor> logger)
    {
        options.Validate();
        _store = store;
        _feed = feed;
        _lifecycle = lifecycle;
        _rules = rules;
        _options = options;
        _time = time;
        _logger = logger;
        _reader = new CapXmlReader(options.Read);
        _writer = new IncidentWriter(store);
    }

    /// <exception cref="CapRejectedException">The document is too large, malformed, carries a DTD or is not CAP 1.2.</exception>
    public async Task<CapFeedOutcome> IngestAsync(Stream document, string feedName, CancellationToken cancellationToken)
    {
        var alert = await _reader.ReadAsync(document, cancellationToken).ConfigureAwait(false);
        var outcome = await IngestAsync(alert, feedName, cancellationToken).ConfigureAwait(false);
        _logger.LogInformation("CAP {Identifier} from {Sender} via {Feed}: {Action} {IncidentId} ({Reason})", alert.Identifier, alert.Sender, feedName, outcome.Action, outcome.IncidentId, outcome.Reason);
        return outcome;
    }

    public async Task<CapFeedOutcome> IngestAsync(CapAlert alert, string feedName, CancellationToken cancellationToken)
    {
        if (alert.Status != CapStatus.Actual)
        {
            return Ignored(alert, $"status {alert.Status}: only Actual warnings raise incidents");
        }

        var actor = Actor.System($"cap-feed:{feedName}");
        return alert.MsgType switch
        {
            CapMessageType.Alert => await RaiseAsync(alert, actor, cancellationToken).ConfigureAwait(false),
            CapMessageType.Update => await UpdateAsync(alert, actor, cancellationToken).ConfigureAwait(false),
            CapMessageType.Cancel => await CancelAsync(alert, actor, cancellationToken).ConfigureAwait(false),
            _ => Ignored(alert, $"{alert.MsgType} messages carry no warning"),
        };
    }

    /// <summary>The incident an external message raises: one per sender and identifier.</summary>
    public static string IncidentIdFor(string sender, string identifier) => IncidentIds.From("cap-feed", $"{sender},{identifier}");

    private async Task<CapFeedOutcome> RaiseAsync(CapAlert alert, Actor actor, CancellationToken cancellationToken)
    {
        if (Proposal(alert) is not { } proposal)
        {
            return Ignored(alert, Unusable(alert));
        }

        var incidentId = IncidentIdFor(alert.Sender, alert.Identifier);
        var result = await _writer.WriteAsync(incidentId, current => current is not null ? null : new IncidentChange(
            proposal.ToIncident(incidentId, _time.GetUtcNow(), _rules, alert),
            [new AuditEntry(AuditSubjects.Incident, incidentId, "raise", AuditOutcome.Done, actor, _time.GetUtcNow(), $"CAP {alert.Identifier} from {alert.Sender}: {proposal.Info.Event}", null, "new")]),
            cancellationToken).ConfigureAwait(false);
        if (!result.Changed)
        {
            return new CapFeedOutcome(alert.Identifier, "unchanged", incidentId, "already ingested");
        }

        await _feed.PublishAsync([result.Stored!], cancellationToken).ConfigureAwait(false);
        return new CapFeedOutcome(alert.Identifier, "raised", incidentId, $"{proposal.Kind} priority {proposal.Priority}");
    }

    private async Task<CapFeedOutcome> UpdateAsync(CapAlert alert, Actor actor, CancellationToken cancellationToken)
    {
        if (await ReferencedAsync(alert, cancellationToken).ConfigureAwait(false) is not { } target)
        {
            // An update to a warning we never saw is still a warning in force.
            return await RaiseAsync(alert, actor, cancellationToken).ConfigureAwait(false);
        }

        if (Proposal(alert) is not { } proposal)
        {
            return Ignored(alert, Unusable(alert));
        }

        var result = await _writer.WriteAsync(target.IncidentId, current =>
        {
            if (current is null || !current.State.IsOpen())
            {
                return null;
            }

            var updated = proposal.ToIncident(current.IncidentId, current.OpenedAt, _rules, alert);
            var next = current with { Title = updated.Title, Summary = updated.Summary, Priority = updated.Priority, Location = updated.Location, UpdatedAt = _time.GetUtcNow() };
            return next.Title == current.Title && next.Summary == current.Summary && next.Priority == current.Priority && next.Location == current.Location
                ? null
                : new IncidentChange(next, [new AuditEntry(AuditSubjects.Incident, current.IncidentId, "external-update", AuditOutcome.Done, actor, _time.GetUtcNow(),
                    $"CAP Update {alert.Identifier} from {alert.Sender}", current.State.ToString().ToLowerInvariant(), current.State.ToString().ToLowerInvariant())]);
        }, cancellationToken).ConfigureAwait(false);
        if (!result.Changed)
        {
            return new CapFeedOutcome(alert.Identifier, "unchanged", target.IncidentId, "nothing new, or the incident has ended");
        }

        await _feed.PublishAsync([result.Stored!], cancellationToken).ConfigureAwait(false);
        return new CapFeedOutcome(alert.Identifier, "updated", target.IncidentId, "warning updated by its sender");
    }

    private async Task<CapFeedOutcome> CancelAsync(CapAlert alert, Actor actor, CancellationToken cancellationToken)
    {
        if (await ReferencedAsync(alert, cancellationToken).ConfigureAwait(false) is not { } target)
        {
            return Ignored(alert, "cancels a warning this centre never received");
        }

        var result = await _lifecycle.ResolveAsync(target.IncidentId, actor, $"warning withdrawn by {alert.Sender} (CAP Cancel {alert.Identifier}){(alert.Note is { Length: > 0 } note ? ": " + note : "")}", cancellationToken).ConfigureAwait(false);
        return result.Status == LifecycleStatus.Applied
            ? new CapFeedOutcome(alert.Identifier, "resolved", target.IncidentId, "warning withdrawn by its sender")
            : new CapFeedOutcome(alert.Identifier, "unchanged", target.IncidentId, result.Reason ?? "");
    }

    private async Task<Incident?> ReferencedAsync(CapAlert alert, CancellationToken cancellationToken)
    {
        foreach (var reference in alert.References ?? [])
        {
            if (await _store.GetAsync(IncidentIdFor(reference.Sender, reference.Identifier), cancellationToken).ConfigureAwait(false) is { } incident)
            {
                return incident;
            }
        }

        return null;
    }

    private WarningProposal? Proposal(CapAlert alert)
    {
        var now = _time.GetUtcNow();
        foreach (var info in alert.Info.Where(i => i.Expires is null || i.Expires > now))
        {
            var location = info.Areas?.Select(a => a.Centre).FirstOrDefault(c => c is not null) ?? _options.DefaultLocation;
            if (location is not { } at || (_options.CityBounds is { } bounds && !bounds.Contains(at)))
            {
                continue;
            }

            var mapping = _options.Mappings.FirstOrDefault(m => m.Matches(info));
            return new WarningProposal(info, mapping?.Kind ?? ExternalWarning, mapping?.Priority ?? PriorityOf(info.Severity), at);
        }

        return null;
    }

    private string Unusable(CapAlert alert) =>
        alert.Info.Count == 0 ? "no info block"
        : alert.Info.All(i => i.Expires is { } e && e <= _time.GetUtcNow()) ? "expired"
        : _options.CityBounds is not null ? "no area inside the city"
        : "no area with a polygon or circle, and no default location configured";

    private static int PriorityOf(CapSeverity severity) => severity switch
    {
        CapSeverity.Extreme => 2,
        CapSeverity.Severe => 3,
        CapSeverity.Moderate => 4,
        _ => 5,
    };

    private static CapFeedOutcome Ignored(CapAlert alert, string reason) => new(alert.Identifier, "ignored", null, reason);

    private sealed record WarningProposal(CapInfo Info, string Kind, int Priority, GeoPoint Location)
    {
        public Incident ToIncident(string incidentId, DateTimeOffset openedAt, CorrelationRuleSet rules, CapAlert alert)
        {
            var kind = rules.Kind(Kind);
            var headline = Info.Headline ?? Info.Event;
            var summary = $"{Info.SenderName ?? alert.Sender} (sent {CapTime.Format(alert.Sent)}, CAP {alert.Identifier}): {headline}. {Info.Description}".Trim();
            return new Incident(
                incidentId,
                Kind,
                $"{kind?.Title ?? "External warning"}: {headline}",
                Priority,
                IncidentState.New,
                openedAt,
                openedAt,
                Location,
                [],
                [],
                summary.Length > MaxSummary ? summary[..(MaxSummary - 1)] + "…" : summary,
                Version: 1,
                StateChangedAt: openedAt,
                Checklist: kind?.NewChecklist(),
                RaisedBy: $"cap:{alert.Sender}");
        }
    }
}
