using Microsoft.Extensions.Logging;
using OpsCentre.Alerts.Alerting;
using OpsCentre.Alerts.Cap;
using OpsCentre.Alerts.Partners;
using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Audit;
using OpsCentre.Incidents.Lifecycle;

namespace OpsCentre.Alerts.Acknowledgement;

/// <summary>
/// What a signed-in partner can do: list its own alerts, read one, acknowledge one (through the API or by sending a
/// CAP Ack that references our message). Another partner's alert behaves exactly like one that does not exist, and
/// every such attempt is audited as denied.
/// </summary>
public sealed class PartnerAlertDesk(IAlertStore alerts, IAuditLog audit, IncidentLifecycle lifecycle, TimeProvider time, ILogger<PartnerAlertDesk> logger)
{
    public const int MaxListed = 500;

    public async Task<IReadOnlyList<PartnerAlertView>> ListAsync(Partner partner, int limit, CancellationToken cancellationToken)
    {
        var own = await alerts.ForPartnerAsync(partner.PartnerId, Math.Clamp(limit, 1, MaxListed), cancellationToken).ConfigureAwait(false);
        var views = new List<PartnerAlertView>(own.Count);
        foreach (var alert in own)
        {
            views.Add(new PartnerAlertView(alert, await LatestAsync(alert.AlertId, cancellationToken).ConfigureAwait(false)));
        }

        return views;
    }

    public async Task<PartnerAlertView?> GetAsync(Partner partner, string alertId, CancellationToken cancellationToken)
    {
        var alert = await OwnAsync(partner, alertId, "read", cancellationToken).ConfigureAwait(false);
        return alert is null ? null : new PartnerAlertView(alert, await LatestAsync(alert.AlertId, cancellationToken).ConfigureAwait(false));
    }

    public async Task<AcknowledgeOutcome> AcknowledgeAsync(Partner partner, string alertId, string? note, CancellationToken cancellationToken)
    {
        if (await OwnAsync(partner, alertId, "acknowledge", cancellationToken).ConfigureAwait(false) is not { } alert)
        {
            return AcknowledgeOutcome.NotFound;
        }

        var now = time.GetUtcNow();
        var actor = new Actor(partner.PartnerId, ActorRole.Partner);
        if (!await alerts.AcknowledgeAsync(alert.AlertId, partner.PartnerId, now, cancellationToken).ConfigureAwait(false))
        {
            return AcknowledgeOutcome.AlreadyAcknowledged;
        }

        await audit.AppendAsync(new AuditEntry(AuditSubjects.Alert, alert.AlertId, "partner-ack", AuditOutcome.Done, actor, now, note, alert.Phase.ToString(), "Acknowledged"), cancellationToken).ConfigureAwait(false);
        await lifecycle.RecordAlertStatusAsync(alert.IncidentId, actor, new PartnerAlertStatus(alert.AlertId, partner.PartnerId, partner.Name, PartnerAlertState.Acknowledged, now), cancellationToken).ConfigureAwait(false);
        logger.LogInformation("{Partner} acknowledged {AlertId} ({IncidentId})", partner.PartnerId, alert.AlertId, alert.IncidentId);
        return AcknowledgeOutcome.Acknowledged;
    }

    /// <summary>
    /// A CAP Ack from the partner: every referenced message of ours acknowledges its alert. Returns the alerts
    /// acknowledged; references to anything not the partner's are ignored (and audited as denied).
    /// </summary>
    public async Task<IReadOnlyList<string>> AcknowledgeCapAsync(Partner partner, CapAlert ack, CancellationToken cancellationToken)
    {
        if (ack.MsgType != CapMessageType.Ack)
        {
            throw new CapRejectedException($"expected a CAP Ack, got {ack.MsgType}");
        }

        var acknowledged = new List<string>();
        foreach (var reference in ack.References ?? [])
        {
            var message = await alerts.MessageAsync(reference.Identifier, cancellationToken).ConfigureAwait(false);
            var alertId = message?.AlertId ?? reference.Identifier;
            if (await AcknowledgeAsync(partner, alertId, ack.Note ?? $"CAP Ack {ack.Identifier}", cancellationToken).ConfigureAwait(false) != AcknowledgeOutcome.NotFound)
            {
                acknowledged.Add(alertId);
            }
        }

        return acknowledged;
    }

    private async Task<PartnerAlert?> OwnAsync(Partner partner, string alertId, string action, CancellationToken cancellationToken)
    {
        var alert = await alerts.GetAsync(alertId, cancellationToken).ConfigureAwait(false);
        if (alert is not null && alert.PartnerId == partner.PartnerId)
        {
            return alert;
        }

        // Same answer for "someone else's" and "no such alert", so a partner cannot probe for others' alerts.
        await audit.AppendAsync(new AuditEntry(AuditSubjects.Alert, alertId, action, AuditOutcome.Denied, new Actor(partner.PartnerId, ActorRole.Partner), time.GetUtcNow(),
            alert is null ? "no such alert" : $"alert belongs to partner {alert.PartnerId}"), cancellationToken).ConfigureAwait(false);
        if (alert is not null)
        {
            logger.LogWarning("Partner {Partner} tried to {Action} alert {AlertId} of partner {Owner}", partner.PartnerId, action, alertId, alert.PartnerId);
        }

        return null;
    }

    private async Task<AlertMessage?> LatestAsync(string alertId, CancellationToken cancellationToken) =>
        (await alerts.MessagesAsync(alertId, cancellationToken).ConfigureAwait(false)).LastOrDefault();
}
