using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Audit;

namespace OpsCentre.Incidents.Lifecycle;

/// <summary>
/// One lifecycle request with everything its action needs; fields an action does not use are ignored.
/// </summary>
/// <param name="Reason">Why, in the actor's words; required to escalate, resolve and reopen.</param>
/// <param name="Assignee">The team or unit (assign).</param>
/// <param name="StepId">The checklist step (tick-step).</param>
/// <param name="Verdict">True or false positive (record-outcome).</param>
/// <param name="EscalateToLevel">Escalate to at least this level instead of one level up; used by timers, which
/// must not escalate twice for the same breach when two nodes check at once.</param>
/// <param name="AlertStatus">The partner alert's new status (record-alert-status).</param>
public sealed record LifecycleRequest(
    LifecycleAction Action,
    Actor Actor,
    string? Reason = null,
    string? Assignee = null,
    string? StepId = null,
    OutcomeVerdict? Verdict = null,
    int? EscalateToLevel = null,
    PartnerAlertStatus? AlertStatus = null);
