using Microsoft.Extensions.Logging;
using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Audit;
using OpsCentre.Incidents.Publishing;

namespace OpsCentre.Incidents.Lifecycle;

/// <summary>
/// Applies lifecycle requests: decides with <see cref="IncidentStateMachine"/> against the stored incident, writes the
/// new version and its audit entry in one transaction (retrying on a concurrent change by the correlator or another
/// operator), then publishes the version so the console and the alert router see it. Refusals change nothing but are
/// audited too, so the trail shows attempted as well as done actions.
/// </summary>
public sealed class IncidentLifecycle(IIncidentStore store, IAuditLog auditLog, IIncidentFeed feed, TimeProvider time, ILogger<IncidentLifecycle> logger)
{
    private readonly IncidentWriter _writer = new(store);

    public async Task<LifecycleResult> ApplyAsync(string incidentId, LifecycleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow();
        string? refusal = null;
        var written = await _writer.WriteAsync(incidentId, current =>
        {
            refusal = null;
            if (current is null)
            {
                return null;
            }

            var decision = IncidentStateMachine.Decide(current, request, now);
            refusal = decision.RefusalReason;
            return decision.Accepted ? new IncidentChange(decision.Next!, [decision.Audit!]) : null;
        }, cancellationToken).ConfigureAwait(false);

        if (written.Stored is null)
        {
            return LifecycleResult.NotFound(incidentId);
        }

        if (!written.Changed)
        {
            if (request.Action != LifecycleAction.RecordAlertStatus)
            {
                await auditLog.AppendAsync(new AuditEntry(
                    AuditSubjects.Incident, incidentId, IncidentStateMachine.Verb(request.Action), AuditOutcome.Refused, request.Actor, now,
                    $"{refusal}{(request.Reason is { Length: > 0 } why ? $" (asked: {why})" : "")}", written.Stored.State.ToString().ToLowerInvariant()), cancellationToken).ConfigureAwait(false);
                logger.LogInformation("Refused {Action} on {IncidentId} by {Actor}: {Reason}", request.Action, incidentId, request.Actor, refusal);
            }

            return new LifecycleResult(LifecycleStatus.Refused, written.Stored, refusal);
        }

        await feed.PublishAsync([written.Stored], cancellationToken).ConfigureAwait(false);
        return new LifecycleResult(LifecycleStatus.Applied, written.Stored, null);
    }

    public Task<LifecycleResult> AcknowledgeAsync(string incidentId, Actor actor, string? reason, CancellationToken cancellationToken) =>
        ApplyAsync(incidentId, new LifecycleRequest(LifecycleAction.Acknowledge, actor, reason), cancellationToken);

    public Task<LifecycleResult> AssignAsync(string incidentId, Actor actor, string assignee, string? reason, CancellationToken cancellationToken) =>
        ApplyAsync(incidentId, new LifecycleRequest(LifecycleAction.Assign, actor, reason, Assignee: assignee), cancellationToken);

    public Task<LifecycleResult> EscalateAsync(string incidentId, Actor actor, string reason, CancellationToken cancellationToken, int? toLevel = null) =>
        ApplyAsync(incidentId, new LifecycleRequest(LifecycleAction.Escalate, actor, reason, EscalateToLevel: toLevel), cancellationToken);

    public Task<LifecycleResult> ResolveAsync(string incidentId, Actor actor, string reason, CancellationToken cancellationToken) =>
        ApplyAsync(incidentId, new LifecycleRequest(LifecycleAction.Resolve, actor, reason), cancellationToken);

    public Task<LifecycleResult> CloseAsync(string incidentId, Actor actor, string? reason, CancellationToken cancellationToken) =>
        ApplyAsync(incidentId, new LifecycleRequest(LifecycleAction.Close, actor, reason), cancellationToken);

    public Task<LifecycleResult> ReopenAsync(string incidentId, Actor actor, string reason, CancellationToken cancellationToken) =>
        ApplyAsync(incidentId, new LifecycleRequest(LifecycleAction.Reopen, actor, reason), cancellationToken);

    public Task<LifecycleResult> TickStepAsync(string incidentId, Actor actor, string stepId, CancellationToken cancellationToken) =>
        ApplyAsync(incidentId, new LifecycleRequest(LifecycleAction.TickStep, actor, StepId: stepId), cancellationToken);

    public Task<LifecycleResult> RecordOutcomeAsync(string incidentId, Actor actor, OutcomeVerdict verdict, string? note, CancellationToken cancellationToken) =>
        ApplyAsync(incidentId, new LifecycleRequest(LifecycleAction.RecordOutcome, actor, note, Verdict: verdict), cancellationToken);

    public Task<LifecycleResult> RecordAlertStatusAsync(string incidentId, Actor actor, PartnerAlertStatus status, CancellationToken cancellationToken) =>
        ApplyAsync(incidentId, new LifecycleRequest(LifecycleAction.RecordAlertStatus, actor, AlertStatus: status), cancellationToken);
}
