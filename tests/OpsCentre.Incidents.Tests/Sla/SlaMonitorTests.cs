using Microsoft.Extensions.Logging.Abstractions;
using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Audit;
using OpsCentre.Incidents.Sla;
using OpsCentre.Incidents.Tests.Support;
using static OpsCentre.Incidents.Tests.Support.Incidents;

namespace OpsCentre.Incidents.Tests.Sla;

public sealed class SlaMonitorTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static SlaMonitor Monitor(LifecycleHarness harness) =>
        new(harness.Store, harness.Lifecycle, new SlaOptions(), harness.Time, NullLogger<SlaMonitor>.Instance);

    [Fact]
    public async Task Priority_1_not_acknowledged_within_2_minutes_escalates_to_the_supervisor_once()
    {
        await using var harness = await LifecycleHarness.CreateAsync();
        await harness.Store.UpsertAsync([Collision(priority: 1)], None);
        var monitor = Monitor(harness);

        harness.Time.Advance(TimeSpan.FromSeconds(119));
        Assert.Empty(await monitor.CheckAsync(None));
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        var escalated = Assert.Single(await monitor.CheckAsync(None));
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Empty(await monitor.CheckAsync(None));

        Assert.Equal(SlaMonitor.SupervisorLevel, escalated.EscalationLevel);
        var entry = Assert.Single(await harness.Audit.ForSubjectAsync(AuditSubjects.Incident, escalated.IncidentId, None));
        Assert.Equal(("escalate", ActorRole.System), (entry.Action, entry.Actor.Role));
        Assert.Contains("not acknowledged within 2 min", entry.Reason);
    }

    [Fact]
    public async Task Acknowledged_incident_does_not_escalate_for_acknowledgement()
    {
        await using var harness = await LifecycleHarness.CreateAsync();
        await harness.Store.UpsertAsync([Collision(priority: 1)], None);
        harness.Time.Advance(TimeSpan.FromSeconds(90));
        await harness.Lifecycle.AcknowledgeAsync("INC-COLLISION", Operator, null, None);

        harness.Time.Advance(TimeSpan.FromMinutes(10));

        Assert.Empty(await Monitor(harness).CheckAsync(None));
    }

    [Fact]
    public async Task Lower_priority_gets_a_longer_deadline()
    {
        await using var harness = await LifecycleHarness.CreateAsync();
        await harness.Store.UpsertAsync([Collision(priority: 4)], None);

        harness.Time.Advance(TimeSpan.FromMinutes(59));
        Assert.Empty(await Monitor(harness).CheckAsync(None));
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Single(await Monitor(harness).CheckAsync(None));
    }

    [Fact]
    public async Task Unresolved_past_the_resolve_deadline_escalates_to_the_duty_manager()
    {
        await using var harness = await LifecycleHarness.CreateAsync();
        await harness.Store.UpsertAsync([Collision(priority: 1, state: IncidentState.Assigned)], None);

        harness.Time.Advance(TimeSpan.FromHours(1));
        var escalated = Assert.Single(await Monitor(harness).CheckAsync(None));

        Assert.Equal(SlaMonitor.DutyManagerLevel, escalated.EscalationLevel);
    }

    [Fact]
    public void Options_out_of_range_are_refused_with_the_priority_named()
    {
        var options = new SlaOptions { AcknowledgeWithin = [TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromHours(1), TimeSpan.FromHours(4)] };

        var error = Assert.Throws<ArgumentOutOfRangeException>(options.Validate);

        Assert.Contains("priority 1", error.Message);
    }

    [Fact]
    public void Resolve_deadline_shorter_than_acknowledge_deadline_is_refused()
    {
        var options = new SlaOptions { ResolveWithin = [TimeSpan.FromMinutes(1), TimeSpan.FromHours(4), TimeSpan.FromHours(24), TimeSpan.FromDays(3), TimeSpan.FromDays(7)] };

        Assert.Throws<ArgumentException>(options.Validate);
    }
}
