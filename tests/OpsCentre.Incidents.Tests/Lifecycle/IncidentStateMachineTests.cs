using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Audit;
using OpsCentre.Incidents.Lifecycle;
using static OpsCentre.Incidents.Tests.Support.Incidents;

namespace OpsCentre.Incidents.Tests.Lifecycle;

public sealed class IncidentStateMachineTests
{
    private static readonly DateTimeOffset Now = Support.Anomalies.Start.AddMinutes(5);

    private static Incident Apply(Incident incident, LifecycleRequest request)
    {
        var decision = IncidentStateMachine.Decide(incident, request, Now);
        Assert.True(decision.Accepted, decision.RefusalReason);
        return decision.Next!;
    }

    private static string Refusal(Incident incident, LifecycleRequest request)
    {
        var decision = IncidentStateMachine.Decide(incident, request, Now);
        Assert.False(decision.Accepted);
        return decision.RefusalReason!;
    }

    [Fact]
    public void Incident_goes_new_acknowledged_assigned_resolved_closed()
    {
        var incident = Collision();

        incident = Apply(incident, new(LifecycleAction.Acknowledge, Operator));
        Assert.Equal(IncidentState.Acknowledged, incident.State);
        incident = Apply(incident, new(LifecycleAction.Assign, Operator, Assignee: "highways-crew-3"));
        Assert.Equal((IncidentState.Assigned, "highways-crew-3"), (incident.State, incident.AssignedTo));
        incident = Apply(incident, new(LifecycleAction.Resolve, Operator, "vehicles recovered"));
        Assert.Equal(IncidentState.Resolved, incident.State);
        incident = Apply(incident, new(LifecycleAction.RecordOutcome, Operator, "confirmed on camera", Verdict: OutcomeVerdict.TruePositive));
        incident = Apply(incident, new(LifecycleAction.Close, Operator));

        Assert.Equal(IncidentState.Closed, incident.State);
        Assert.Equal(Now, incident.StateChangedAt);
        Assert.Equal(OutcomeVerdict.TruePositive, incident.Outcome!.Verdict);
    }

    [Fact]
    public void Accepted_transition_carries_who_when_and_why()
    {
        var decision = IncidentStateMachine.Decide(Collision(state: IncidentState.Acknowledged), new(LifecycleAction.Resolve, Operator, "carriageway clear"), Now);

        Assert.Equal(
            new AuditEntry(AuditSubjects.Incident, "INC-COLLISION", "resolve", AuditOutcome.Done, Operator, Now, "carriageway clear", "acknowledged", "resolved"),
            decision.Audit);
    }

    [Theory]
    [InlineData(IncidentState.Acknowledged, LifecycleAction.Acknowledge, "only a new incident can be acknowledged")]
    [InlineData(IncidentState.New, LifecycleAction.Resolve, "acknowledge the incident before resolving it")]
    [InlineData(IncidentState.New, LifecycleAction.Close, "only a resolved incident can be closed")]
    [InlineData(IncidentState.Assigned, LifecycleAction.Reopen, "still open")]
    [InlineData(IncidentState.Closed, LifecycleAction.Escalate, "cannot be escalated")]
    public void Illegal_transition_is_refused_with_a_reason(IncidentState from, LifecycleAction action, string reason)
    {
        Assert.Contains(reason, Refusal(Collision(state: from), new(action, Operator, "because")));
    }

    [Fact]
    public void Assigning_needs_an_acknowledged_incident_and_an_assignee()
    {
        Assert.Contains("acknowledge the incident before assigning", Refusal(Collision(), new(LifecycleAction.Assign, Operator, Assignee: "crew-1")));
        Assert.Contains("which team or unit", Refusal(Collision(state: IncidentState.Acknowledged), new(LifecycleAction.Assign, Operator)));
    }

    [Fact]
    public void Closing_needs_a_recorded_outcome()
    {
        Assert.Contains("record the outcome", Refusal(Collision(state: IncidentState.Resolved), new(LifecycleAction.Close, Operator)));
    }

    [Fact]
    public void Resolving_escalating_and_reopening_need_a_reason()
    {
        Assert.Contains("give a reason", Refusal(Collision(state: IncidentState.Acknowledged), new(LifecycleAction.Resolve, Operator)));
        Assert.Contains("give a reason", Refusal(Collision(), new(LifecycleAction.Escalate, Operator, "  ")));
        Assert.Contains("give a reason", Refusal(Collision(state: IncidentState.Resolved), new(LifecycleAction.Reopen, Operator)));
    }

    [Fact]
    public void Analysts_and_partners_cannot_change_incidents()
    {
        Assert.Contains("analysts may view incidents but not acknowledge", Refusal(Collision(), new(LifecycleAction.Acknowledge, Analyst)));
        Assert.Contains("partners may view incidents but not escalate", Refusal(Collision(), new(LifecycleAction.Escalate, Partner, "why")));
    }

    [Fact]
    public void Only_a_supervisor_reopens_a_closed_incident_and_the_old_verdict_is_cleared()
    {
        var closed = Collision(state: IncidentState.Closed) with { Outcome = new IncidentOutcome(OutcomeVerdict.FalsePositive, "operator-7", Now) };

        Assert.Contains("only a supervisor", Refusal(closed, new(LifecycleAction.Reopen, Operator, "caller reports it again")));
        var reopened = Apply(closed, new(LifecycleAction.Reopen, Supervisor, "caller reports it again"));

        Assert.Equal(IncidentState.Acknowledged, reopened.State);
        Assert.Null(reopened.Outcome);
    }

    [Fact]
    public void Escalation_raises_the_level_up_to_strategic_command_and_no_further()
    {
        var incident = Collision();
        for (var level = 1; level <= IncidentStateMachine.MaxEscalationLevel; level++)
        {
            incident = Apply(incident, new(LifecycleAction.Escalate, Operator, "needs more resources"));
            Assert.Equal(level, incident.EscalationLevel);
        }

        Assert.Contains("top escalation level", Refusal(incident, new(LifecycleAction.Escalate, Operator, "more")));
        Assert.Equal(IncidentState.New, incident.State);
    }

    [Fact]
    public void Escalating_to_a_level_already_reached_is_refused_so_timers_escalate_once()
    {
        var escalated = Apply(Collision(), new(LifecycleAction.Escalate, Actor.System("sla-monitor"), "late", EscalateToLevel: 1));

        Assert.Contains("already escalated to level 1", Refusal(escalated, new(LifecycleAction.Escalate, Actor.System("sla-monitor"), "late", EscalateToLevel: 1)));
    }

    [Fact]
    public void System_may_resolve_an_unacknowledged_incident_its_source_withdrew()
    {
        var resolved = Apply(Collision(), new(LifecycleAction.Resolve, Actor.System("cap-feed"), "warning cancelled by its sender"));

        Assert.Equal(IncidentState.Resolved, resolved.State);
    }

    [Fact]
    public void Checklist_step_is_ticked_once_with_who_and_when()
    {
        var incident = Apply(Collision(state: IncidentState.Acknowledged), new(LifecycleAction.TickStep, Operator, StepId: "step-1"));

        Assert.Equal(new ChecklistStep("step-1", "Confirm on the nearest camera", true, "operator-7", Now), incident.Checklist![0]);
        Assert.False(incident.Checklist[1].Done);
        Assert.Contains("already done by operator-7", Refusal(incident, new(LifecycleAction.TickStep, Supervisor, StepId: "step-1")));
        Assert.Contains("no step 'step-9'", Refusal(incident, new(LifecycleAction.TickStep, Operator, StepId: "step-9")));
    }

    [Fact]
    public void Partner_acknowledgement_is_not_overwritten_by_a_later_delivery()
    {
        var acknowledged = new PartnerAlertStatus("ALR-1", "police-avon", "Avon and Somerset Police", PartnerAlertState.Acknowledged, Now);
        var incident = Apply(Collision(), new(LifecycleAction.RecordAlertStatus, Partner, AlertStatus: acknowledged));

        Refusal(incident, new(LifecycleAction.RecordAlertStatus, Actor.System("alert-delivery"), AlertStatus: acknowledged with { State = PartnerAlertState.Delivered }));
        var escalated = Apply(incident, new(LifecycleAction.RecordAlertStatus, Actor.System("alert-delivery"), AlertStatus: acknowledged with { State = PartnerAlertState.Ended }));

        Assert.Equal(PartnerAlertState.Ended, Assert.Single(escalated.Alerts!).State);
    }

    [Fact]
    public void Operators_cannot_forge_partner_alert_status()
    {
        var status = new PartnerAlertStatus("ALR-1", "police-avon", "Avon and Somerset Police", PartnerAlertState.Acknowledged, Now);

        Assert.Contains("alerting service or the partner", Refusal(Collision(), new(LifecycleAction.RecordAlertStatus, Operator, AlertStatus: status)));
    }
}
