using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Audit;

namespace OpsCentre.Incidents.Lifecycle;

/// <summary>
/// The incident lifecycle: new → acknowledged → assigned → resolved → closed, with escalate (any open state, raises
/// the escalation level) and reopen (resolved or closed → acknowledged). Pure: it decides the next incident from the
/// current one and a request, or refuses with a reason an operator can act on. Persisting is the caller's job.
/// </summary>
/// <remarks>
/// Who may do what: operators and supervisors work incidents; analysts and partners only read them; the system
/// (SLA timers, external feeds) may escalate, and may resolve an incident nobody acknowledged when its source
/// withdraws it. Reopening a closed incident is a supervisor's decision. Closing needs a recorded outcome, so the
/// detector precision report covers every closed incident.
/// </remarks>
public static class IncidentStateMachine
{
    /// <summary>Strategic command; there is nobody further to escalate to.</summary>
    public const int MaxEscalationLevel = 3;

    private static readonly IReadOnlySet<ActorRole> Workers = new HashSet<ActorRole> { ActorRole.Operator, ActorRole.Supervisor };

    public static LifecycleDecision Decide(Incident incident, LifecycleRequest request, DateTimeOffset now)
    {
        if (request.Actor.Role is ActorRole.Analyst or ActorRole.Partner && request.Action != LifecycleAction.RecordAlertStatus)
        {
            return LifecycleDecision.Refuse($"{RoleName(request.Actor.Role)}s may view incidents but not {Verb(request.Action)} them");
        }

        return request.Action switch
        {
            LifecycleAction.Acknowledge => Acknowledge(incident, request, now),
            LifecycleAction.Assign => Assign(incident, request, now),
            LifecycleAction.Escalate => Escalate(incident, request, now),
            LifecycleAction.Resolve => Resolve(incident, request, now),
            LifecycleAction.Close => Close(incident, request, now),
            LifecycleAction.Reopen => Reopen(incident, request, now),
            LifecycleAction.TickStep => TickStep(incident, request, now),
            LifecycleAction.RecordOutcome => RecordOutcome(incident, request, now),
            LifecycleAction.RecordAlertStatus => RecordAlertStatus(incident, request, now),
            _ => LifecycleDecision.Refuse($"unknown action {request.Action}"),
        };
    }

    private static LifecycleDecision Acknowledge(Incident incident, LifecycleRequest request, DateTimeOffset now)
    {
        if (RefuseUnlessWorker(request) is { } refused)
        {
            return refused;
        }

        return incident.State == IncidentState.New
            ? Move(incident, IncidentState.Acknowledged, request, now)
            : LifecycleDecision.Refuse($"only a new incident can be acknowledged; {incident.IncidentId} is {Name(incident.State)}");
    }

    private static LifecycleDecision Assign(Incident incident, LifecycleRequest request, DateTimeOffset now)
    {
        if (RefuseUnlessWorker(request) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(request.Assignee))
        {
            return LifecycleDecision.Refuse("say which team or unit to assign the incident to");
        }

        return incident.State switch
        {
            IncidentState.Acknowledged or IncidentState.Assigned => Move(incident with { AssignedTo = request.Assignee.Trim() }, IncidentState.Assigned, request, now),
            IncidentState.New => LifecycleDecision.Refuse("acknowledge the incident before assigning it"),
            _ => LifecycleDecision.Refuse($"a {Name(incident.State)} incident cannot be assigned; reopen it first"),
        };
    }

    private static LifecycleDecision Escalate(Incident incident, LifecycleRequest request, DateTimeOffset now)
    {
        if (request.Actor.Role is not (ActorRole.Operator or ActorRole.Supervisor or ActorRole.System))
        {
            return LifecycleDecision.Refuse($"{RoleName(request.Actor.Role)}s may not escalate incidents");
        }

        if (RefuseWithoutReason(request, "escalating") is { } noReason)
        {
            return noReason;
        }

        if (!incident.State.IsOpen())
        {
            return LifecycleDecision.Refuse($"a {Name(incident.State)} incident cannot be escalated");
        }

        var target = request.EscalateToLevel ?? incident.EscalationLevel + 1;
        if (target is < 1 or > MaxEscalationLevel)
        {
            return LifecycleDecision.Refuse(incident.EscalationLevel >= MaxEscalationLevel
                ? $"already at the top escalation level ({MaxEscalationLevel})"
                : $"escalation level must be 1..{MaxEscalationLevel}");
        }

        if (target <= incident.EscalationLevel)
        {
            return LifecycleDecision.Refuse($"already escalated to level {incident.EscalationLevel}");
        }

        var next = incident with { EscalationLevel = target, UpdatedAt = Later(incident.UpdatedAt, now) };
        return LifecycleDecision.Accept(next, Entry(incident, next, request, now, $"level {incident.EscalationLevel} → {target}: {request.Reason}"));
    }

    private static LifecycleDecision Resolve(Incident incident, LifecycleRequest request, DateTimeOffset now)
    {
        if (RefuseWithoutReason(request, "resolving") is { } noReason)
        {
            return noReason;
        }

        return incident.State switch
        {
            IncidentState.Acknowledged or IncidentState.Assigned when Workers.Contains(request.Actor.Role) => Move(incident, IncidentState.Resolved, request, now),
            IncidentState.New when request.Actor.Role == ActorRole.System => Move(incident, IncidentState.Resolved, request, now),
            IncidentState.New => LifecycleDecision.Refuse("acknowledge the incident before resolving it"),
            _ when request.Actor.Role == ActorRole.System => LifecycleDecision.Refuse($"the incident is already {Name(incident.State)}"),
            _ => LifecycleDecision.Refuse($"a {Name(incident.State)} incident cannot be resolved"),
        };
    }

    private static LifecycleDecision Close(Incident incident, LifecycleRequest request, DateTimeOffset now)
    {
        if (RefuseUnlessWorker(request) is { } refused)
        {
            return refused;
        }

        if (incident.State != IncidentState.Resolved)
        {
            return LifecycleDecision.Refuse($"only a resolved incident can be closed; {incident.IncidentId} is {Name(incident.State)}");
        }

        return incident.Outcome is null
            ? LifecycleDecision.Refuse("record the outcome (true or false positive) before closing")
            : Move(incident, IncidentState.Closed, request, now);
    }

    private static LifecycleDecision Reopen(Incident incident, LifecycleRequest request, DateTimeOffset now)
    {
        if (RefuseUnlessWorker(request) is { } refused)
        {
            return refused;
        }

        if (RefuseWithoutReason(request, "reopening") is { } noReason)
        {
            return noReason;
        }

        return incident.State switch
        {
            IncidentState.Closed when request.Actor.Role != ActorRole.Supervisor => LifecycleDecision.Refuse("only a supervisor can reopen a closed incident"),
            // The earlier verdict no longer stands once the incident is live again.
            IncidentState.Resolved or IncidentState.Closed => Move(incident with { Outcome = null }, IncidentState.Acknowledged, request, now),
            _ => LifecycleDecision.Refuse($"the incident is still open ({Name(incident.State)})"),
        };
    }

    private static LifecycleDecision TickStep(Incident incident, LifecycleRequest request, DateTimeOffset now)
    {
        if (RefuseUnlessWorker(request) is { } refused)
        {
            return refused;
        }

        if (incident.State is IncidentState.New or IncidentState.Closed)
        {
            return LifecycleDecision.Refuse(incident.State == IncidentState.New
                ? "acknowledge the incident before working its checklist"
                : "a closed incident's checklist is final");
        }

        var steps = incident.Checklist ?? [];
        var index = steps.ToList().FindIndex(s => string.Equals(s.StepId, request.StepId, StringComparison.Ordinal));
        if (index < 0)
        {
            return LifecycleDecision.Refuse($"the {incident.Kind} procedure has no step '{request.StepId}'");
        }

        if (steps[index].Done)
        {
            return LifecycleDecision.Refuse($"step '{request.StepId}' was already done by {steps[index].DoneBy}");
        }

        var ticked = steps.Select((step, i) => i == index ? step with { Done = true, DoneBy = request.Actor.Name, DoneAt = now } : step).ToList();
        var next = incident with { Checklist = ticked, UpdatedAt = Later(incident.UpdatedAt, now) };
        return LifecycleDecision.Accept(next, Entry(incident, next, request, now, $"{steps[index].StepId}: {steps[index].Text}"));
    }

    private static LifecycleDecision RecordOutcome(Incident incident, LifecycleRequest request, DateTimeOffset now)
    {
        if (RefuseUnlessWorker(request) is { } refused)
        {
            return refused;
        }

        if (request.Verdict is not { } verdict)
        {
            return LifecycleDecision.Refuse("say whether the incident was a true or a false positive");
        }

        if (incident.State is IncidentState.New or IncidentState.Closed)
        {
            return LifecycleDecision.Refuse(incident.State == IncidentState.New
                ? "acknowledge the incident before judging it"
                : "a closed incident's outcome is final; reopen it to change the outcome");
        }

        var next = incident with { Outcome = new IncidentOutcome(verdict, request.Actor.Name, now, request.Reason), UpdatedAt = Later(incident.UpdatedAt, now) };
        return LifecycleDecision.Accept(next, Entry(incident, next, request, now, $"{verdict}{(request.Reason is { Length: > 0 } note ? ": " + note : "")}"));
    }

    private static LifecycleDecision RecordAlertStatus(Incident incident, LifecycleRequest request, DateTimeOffset now)
    {
        if (request.Actor.Role is not (ActorRole.System or ActorRole.Partner))
        {
            return LifecycleDecision.Refuse("alert status comes from the alerting service or the partner");
        }

        if (request.AlertStatus is not { } status)
        {
            return LifecycleDecision.Refuse("no alert status given");
        }

        var alerts = (incident.Alerts ?? []).ToList();
        var index = alerts.FindIndex(a => a.AlertId == status.AlertId);
        if (index >= 0 && alerts[index].State == status.State)
        {
            return LifecycleDecision.Refuse($"alert {status.AlertId} is already {status.State}");
        }

        if (index >= 0 && alerts[index].State == PartnerAlertState.Acknowledged && status.State is PartnerAlertState.Delivered or PartnerAlertState.Queued)
        {
            // Delivery of a later update must not hide that the partner has acknowledged the alert.
            return LifecycleDecision.Refuse($"alert {status.AlertId} is already acknowledged");
        }

        if (index >= 0)
        {
            alerts[index] = status;
        }
        else
        {
            alerts.Add(status);
        }

        var next = incident with { Alerts = alerts };
        return LifecycleDecision.Accept(next, Entry(incident, next, request, now, $"{status.PartnerName}: {status.State}"));
    }

    private static LifecycleDecision Move(Incident incident, IncidentState to, LifecycleRequest request, DateTimeOffset now)
    {
        var next = incident with { State = to, StateChangedAt = now, UpdatedAt = Later(incident.UpdatedAt, now) };
        var reason = request.Action == LifecycleAction.Assign ? $"to {next.AssignedTo}{(request.Reason is { Length: > 0 } r ? ": " + r : "")}" : request.Reason;
        return LifecycleDecision.Accept(next, Entry(incident, next, request, now, reason));
    }

    private static AuditEntry Entry(Incident before, Incident after, LifecycleRequest request, DateTimeOffset now, string? reason) =>
        new(AuditSubjects.Incident, before.IncidentId, Verb(request.Action), AuditOutcome.Done, request.Actor, now, reason, Name(before.State), Name(after.State));

    private static LifecycleDecision? RefuseUnlessWorker(LifecycleRequest request) =>
        Workers.Contains(request.Actor.Role) ? null : LifecycleDecision.Refuse($"{RoleName(request.Actor.Role)}s may not {Verb(request.Action)} incidents");

    private static LifecycleDecision? RefuseWithoutReason(LifecycleRequest request, string doing) =>
        string.IsNullOrWhiteSpace(request.Reason) ? LifecycleDecision.Refuse($"give a reason for {doing} the incident") : null;

    // Evidence is stamped with event time, lifecycle changes with wall time; a replayed feed can be behind the clock.
    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    /// <summary>The audit verb for an action: "acknowledge", "tick-step", "record-outcome"...</summary>
    public static string Verb(LifecycleAction action) => action switch
    {
        LifecycleAction.TickStep => "tick-step",
        LifecycleAction.RecordOutcome => "record-outcome",
        LifecycleAction.RecordAlertStatus => "alert-status",
        _ => action.ToString().ToLowerInvariant(),
    };

    private static string Name(IncidentState state) => state.ToString().ToLowerInvariant();

    private static string RoleName(ActorRole role) => role.ToString().ToLowerInvariant();
}
