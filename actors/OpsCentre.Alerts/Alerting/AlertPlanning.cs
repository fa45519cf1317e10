using Microsoft.Extensions.Logging;
using OpsCentre.Alerts.Cap;
using OpsCentre.Alerts.Partners;
using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Audit;
using OpsCentre.Incidents.Lifecycle;

namespace OpsCentre.Alerts.Alerting;

/// <summary>
/// Plans and saves the alerts for incident versions: each decision and its message go to the store in one
/// transaction (the outbox), then the incident is told which partners were alerted or stood down.
/// </summary>
public sealed class AlertPlanning(
    IAlertStore alerts,
    IPartnerRegistry partners,
    AlertPlanner planner,
    IncidentLifecycle lifecycle,
    OutboxSignal outbox,
    TimeProvider time,
    ILogger<AlertPlanning> logger)
{
    private static readonly Actor Router = Actor.System("alert-router");

    /// <summary>Plans for each incident (the latest version of each); returns the messages put in the outbox.</summary>
    public async Task<IReadOnlyList<AlertMessage>> PlanAsync(IReadOnlyCollection<Incident> incidents, CancellationToken cancellationToken)
    {
        if (incidents.Count == 0)
        {
            return [];
        }

        var registered = await partners.ListAsync(cancellationToken).ConfigureAwait(false);
        var queued = new List<AlertMessage>();
        foreach (var incident in incidents)
        {
            var existing = await alerts.ForIncidentAsync(incident.IncidentId, cancellationToken).ConfigureAwait(false);
            foreach (var plan in planner.Plan(incident, registered, existing, time.GetUtcNow()))
            {
                if (!await alerts.SavePlanAsync(plan.Alert, plan.Message, plan.Restart, cancellationToken).ConfigureAwait(false) || plan.Message is not { } message)
                {
                    continue;
                }

                queued.Add(message);
                logger.LogInformation("{Type} {Identifier} queued for {Partner} about {IncidentId} v{Version}", message.MsgType, message.Identifier, message.PartnerId, incident.IncidentId, incident.Version);
                var state = message.MsgType == CapMessageType.Alert ? PartnerAlertState.Queued : plan.Alert.Phase == PartnerAlertPhase.Ended ? PartnerAlertState.Ended : (PartnerAlertState?)null;
                if (state is { } shown)
                {
                    var name = registered.First(p => p.PartnerId == message.PartnerId).Name;
                    await lifecycle.RecordAlertStatusAsync(incident.IncidentId, Router, new PartnerAlertStatus(message.AlertId, message.PartnerId, name, shown, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
                }
            }
        }

        if (queued.Count > 0)
        {
            outbox.Written();
        }

        return queued;
    }
}
