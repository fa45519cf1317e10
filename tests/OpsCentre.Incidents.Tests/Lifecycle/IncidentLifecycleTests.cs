using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Audit;
using OpsCentre.Incidents.Lifecycle;
using OpsCentre.Incidents.Tests.Support;
using static OpsCentre.Incidents.Tests.Support.Incidents;

namespace OpsCentre.Incidents.Tests.Lifecycle;

public sealed class IncidentLifecycleTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Transition_is_stored_as_a_new_version_audited_and_published()
    {
        await using var harness = await LifecycleHarness.CreateAsync();
        await harness.Store.UpsertAsync([Collision()], None);

        var result = await harness.Lifecycle.AcknowledgeAsync("INC-COLLISION", Operator, "seen on CCTV", None);

        Assert.Equal(LifecycleStatus.Applied, result.Status);
        var stored = await harness.Store.GetAsync("INC-COLLISION", None);
        Assert.Equal((IncidentState.Acknowledged, 2L), (stored!.State, stored.Version));
        var published = Assert.Single(harness.Feed.Published);
        Assert.Equal((stored.IncidentId, stored.Version, stored.State), (published.IncidentId, published.Version, published.State));
        var entry = Assert.Single(await harness.Audit.ForSubjectAsync(AuditSubjects.Incident, "INC-COLLISION", None));
        Assert.Equal(("acknowledge", AuditOutcome.Done, Operator, "seen on CCTV", "new", "acknowledged", 2L),
            (entry.Action, entry.Outcome, entry.Actor, entry.Reason, entry.FromState, entry.ToState, entry.Version));
        Assert.Equal(harness.Time.GetUtcNow(), entry.At);
    }

    [Fact]
    public async Task Refused_request_changes_nothing_publishes_nothing_and_is_audited()
    {
        await using var harness = await LifecycleHarness.CreateAsync();
        await harness.Store.UpsertAsync([Collision()], None);

        var result = await harness.Lifecycle.CloseAsync("INC-COLLISION", Operator, "done", None);

        Assert.Equal(LifecycleStatus.Refused, result.Status);
        Assert.Contains("only a resolved incident can be closed", result.Reason);
        Assert.Equal(1, (await harness.Store.GetAsync("INC-COLLISION", None))!.Version);
        Assert.Empty(harness.Feed.Published);
        var entry = Assert.Single(await harness.Audit.ForSubjectAsync(AuditSubjects.Incident, "INC-COLLISION", None));
        Assert.Equal((AuditOutcome.Refused, "close"), (entry.Outcome, entry.Action));
    }

    [Fact]
    public async Task Unknown_incident_is_not_found()
    {
        await using var harness = await LifecycleHarness.CreateAsync();

        var result = await harness.Lifecycle.AcknowledgeAsync("INC-NOPE", Operator, null, None);

        Assert.Equal(LifecycleStatus.NotFound, result.Status);
    }

    [Fact]
    public async Task Two_operators_acknowledging_at_once_yield_one_acknowledgement_and_one_refusal()
    {
        await using var harness = await LifecycleHarness.CreateAsync();
        await harness.Store.UpsertAsync([Collision()], None);

        var results = await Task.WhenAll(
            harness.Lifecycle.AcknowledgeAsync("INC-COLLISION", Operator, null, None),
            harness.Lifecycle.AcknowledgeAsync("INC-COLLISION", Supervisor, null, None));

        Assert.Single(results, r => r.Status == LifecycleStatus.Applied);
        Assert.Single(results, r => r.Status == LifecycleStatus.Refused);
        Assert.Equal(2, (await harness.Store.GetAsync("INC-COLLISION", None))!.Version);
    }

    [Fact]
    public async Task Concurrent_changes_of_different_kinds_are_all_kept()
    {
        await using var harness = await LifecycleHarness.CreateAsync();
        await harness.Store.UpsertAsync([Collision(state: IncidentState.Acknowledged)], None);

        await Task.WhenAll(
            harness.Lifecycle.TickStepAsync("INC-COLLISION", Operator, "step-1", None),
            harness.Lifecycle.TickStepAsync("INC-COLLISION", Supervisor, "step-2", None),
            harness.Lifecycle.EscalateAsync("INC-COLLISION", Operator, "lanes blocked both ways", None),
            harness.Lifecycle.AssignAsync("INC-COLLISION", Supervisor, "highways-crew-3", null, None));

        var stored = (await harness.Store.GetAsync("INC-COLLISION", None))!;
        Assert.Equal(5, stored.Version);
        Assert.All(stored.Checklist!, step => Assert.True(step.Done));
        Assert.Equal((1, IncidentState.Assigned), (stored.EscalationLevel, stored.State));
        Assert.Equal(4, (await harness.Audit.ForSubjectAsync(AuditSubjects.Incident, "INC-COLLISION", None)).Count);
    }
}
