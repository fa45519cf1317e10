using OpsCentre.Alerts.Cap;
using OpsCentre.Alerts.Partners;
using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents;

namespace OpsCentre.Alerts.Alerting;

/// <summary>
/// Decides what each partner must be told about an incident version. A partner the incident routes to gets an Alert
/// when it opens; Updates (referencing everything sent before) when what matters to it changes; at the end an
/// all-clear Update, or a Cancel if the incident was a false positive or no longer routes to it. Versions at or below
/// what a partner was last planned for are ignored, so replays and out-of-order versions send nothing. Pure: saving
/// the decisions is the caller's job.
/// </summary>
public sealed class AlertPlanner(IncidentCapComposer composer)
{
    public IReadOnlyList<PlannedAlert> Plan(Incident incident, IReadOnlyList<Partner> partners, IReadOnlyList<PartnerAlert> existing, DateTimeOffset now)
    {
        var plans = new List<PlannedAlert>();
        var byPartner = existing.ToDictionary(a => a.PartnerId, StringComparer.Ordinal);
        foreach (var partner in partners.OrderBy(p => p.PartnerId, StringComparer.Ordinal))
        {
            var alert = byPartner.GetValueOrDefault(partner.PartnerId);
            if (alert is not null && incident.Version <= alert.LastIncidentVersion)
            {
                continue;
            }

            if (Decide(incident, partner, alert, now) is { } plan)
            {
                plans.Add(plan);
            }
        }

        return plans;
    }

    private PlannedAlert? Decide(Incident incident, Partner partner, PartnerAlert? alert, DateTimeOffset now)
    {
        var routed = AlertRouter.Routes(partner, incident);
        var open = incident.State.IsOpen();
        var fingerprint = IncidentCapComposer.Fingerprint(incident);
        if (alert is null)
        {
            if (!routed || !open)
            {
                return null;
            }

            var fresh = new PartnerAlert(AlertIds.For(incident.IncidentId, partner.PartnerId), incident.IncidentId, partner.PartnerId, incident.Priority,
                PartnerAlertPhase.Active, incident.Version, fingerprint, [], now, now);
            return Send(fresh, incident, partner, CapMessageType.Alert, null, now, restart: true);
        }

        var next = alert with { LastIncidentVersion = incident.Version, Priority = incident.Priority, UpdatedAt = now };
        if (alert.Phase == PartnerAlertPhase.Ended)
        {
            return routed && open
                ? Send(next with { Phase = PartnerAlertPhase.Active, Fingerprint = fingerprint, AlertedAt = now }, incident, partner, CapMessageType.Alert, "The incident has been reopened.", now, restart: true)
                : new PlannedAlert(next, null, false);
        }

        if (!open)
        {
            var falseAlarm = incident.Outcome?.Verdict == OutcomeVerdict.FalsePositive;
            return Send(next with { Phase = PartnerAlertPhase.Ended, Fingerprint = fingerprint }, incident, partner,
                falseAlarm ? CapMessageType.Cancel : CapMessageType.Update,
                falseAlarm ? "Cancelled: operators found this was a false alarm." : "All clear: the incident has been resolved.", now, restart: false);
        }

        if (!routed)
        {
            return Send(next with { Phase = PartnerAlertPhase.Ended, Fingerprint = fingerprint }, incident, partner, CapMessageType.Cancel,
                "Cancelled: the incident no longer meets this partner's alerting criteria.", now, restart: false);
        }

        return fingerprint != alert.Fingerprint
            ? Send(next with { Fingerprint = fingerprint }, incident, partner, CapMessageType.Update, null, now, restart: false)
            : new PlannedAlert(next, null, false);
    }

    private PlannedAlert Send(PartnerAlert alert, Incident incident, Partner partner, CapMessageType type, string? note, DateTimeOffset now, bool restart)
    {
        var identifier = AlertIds.MessageIdentifier(composer.Options.SenderDomain, alert.AlertId, incident.Version);
        var references = alert.SentMessages.SelectMany(r => CapReference.ParseList(r)).ToList();
        var cap = composer.Compose(incident, partner, type, identifier, now, references, note);
        var message = new AlertMessage(identifier, alert.AlertId, incident.IncidentId, partner.PartnerId, incident.Version, type, CapXmlWriter.Write(cap), now, NextAttemptAt: now);
        return new PlannedAlert(alert with { SentMessages = [.. alert.SentMessages, cap.Reference.ToString()] }, message, restart);
    }
}
