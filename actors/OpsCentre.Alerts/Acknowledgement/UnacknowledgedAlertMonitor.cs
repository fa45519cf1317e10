using Microsoft.Extensions.Logging;
using OpsCentre.Alerts.Alerting;
using OpsCentre.Alerts.Partners;
using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Audit;
using OpsCentre.Incidents.Lifecycle;

namespace OpsCentre.Alerts.Acknowledgement;

/// <summary>
/// Escalates incidents whose partner alerts go unacknowledged: past the deadline for the incident's priority the
/// alert is marked escalated (once, whichever node gets there first), the incident goes up a level with the partner
/// named in the reason, and the incident shows the alert as escalated.
/// </summary>
public sealed class UnacknowledgedAlertMonitor(
    IAlertStore alerts,
    IPartnerRegistry partners,
    IncidentLifecycle lifecycle,
    AcknowledgementOptions options,
    TimeProvider time,
    ILogger<UnacknowledgedAlertMonitor> logger)
{
    private static readonly Actor Monitor = Actor.System("alert-ack-monitor");

    /// <summary>One pass; returns the alerts escalated.</summary>
    public async Task<IReadOnlyList<PartnerAlert>> CheckAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var escalated = new List<PartnerAlert>();
        foreach (var alert in await alerts.AwaitingAcknowledgementAsync(cancellationToken).ConfigureAwait(false))
        {
            var deadline = options.Deadline(alert.Priority);
            if (now < alert.AlertedAt + deadline || !await alerts.MarkEscalatedAsync(alert.AlertId, now, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            var partner = await partners.GetAsync(alert.PartnerId, cancellationToken).ConfigureAwait(false);
            var name = partner?.Name ?? alert.PartnerId;
            var reason = $"{name} has not acknowledged alert {alert.AlertId} within {deadline.TotalMinutes:0.#} min (priority {alert.Priority})";
            var result = await lifecycle.EscalateAsync(alert.IncidentId, Monitor, reason, cancellationToken).ConfigureAwait(false);
            await lifecycle.RecordAlertStatusAsync(alert.IncidentId, Monitor, new PartnerAlertStatus(alert.AlertId, alert.PartnerId, name, PartnerAlertState.Escalated, now), cancellationToken).ConfigureAwait(false);
            logger.LogWarning("{Reason}; incident {IncidentId} escalation: {Result}", reason, alert.IncidentId, result.Status == LifecycleStatus.Applied ? $"level {result.Incident!.EscalationLevel}" : result.Reason);
            escalated.Add(alert with { EscalatedAt = now });
        }

        return escalated;
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(options.CheckEvery, time);
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                await CheckAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Acknowledgement check failed; retrying in {Interval}", options.CheckEvery);
            }
        }
    }
}
