using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Audit;
using OpsCentre.Incidents.Correlation;
using OpsCentre.Incidents.Pipeline;
using OpsCentre.Incidents.Tests.Support;
using static OpsCentre.Incidents.Tests.Support.Anomalies;

namespace OpsCentre.Incidents.Tests.Pipeline;

public sealed class CorrelatorWritesTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>A correlator that has raised and stored a sensor-fault incident.</summary>
    private static async Task<(RuleBasedRaiser Raiser, CorrelatorWrites Writes, Incident Fault)> StoredSensorFaultAsync(LifecycleHarness harness)
    {
        var raiser = new RuleBasedRaiser(CorrelationRulesFile.LoadDefault(), RoadLinkGraph.Empty);
        var writes = new CorrelatorWrites(harness.Store, harness.Time);
        var fault = raiser.OnAnomaly(Flatline("aq-temple-way", Origin, TimeSpan.Zero)).Single();
        await writes.WriteAsync([fault], raiser, None);
        return (raiser, writes, fault);
    }

    [Fact]
    public async Task New_evidence_merges_into_the_stored_incident_keeping_the_operators_changes()
    {
        await using var harness = await LifecycleHarness.CreateAsync();
        var (raiser, writes, fault) = await StoredSensorFaultAsync(harness);
        await harness.Lifecycle.AcknowledgeAsync(fault.IncidentId, Support.Incidents.Operator, null, None);

        var joined = raiser.OnAnomaly(Flatline("aq-temple-way", Origin, TimeSpan.FromHours(1))).Single();
        var (_, changed) = await writes.WriteAsync([joined], raiser, None);

        var stored = Assert.Single(changed);
        Assert.Equal((IncidentState.Acknowledged, 3L, 2), (stored.State, stored.Version, stored.Evidence.Count));
        var actions = (await harness.Audit.ForSubjectAsync(AuditSubjects.Incident, fault.IncidentId, None)).Select(e => e.Action);
        Assert.Equal(["raise", "acknowledge", "evidence-added"], actions);
    }

    [Fact]
    public async Task Writing_the_same_incidents_again_changes_nothing()
    {
        await using var harness = await LifecycleHarness.CreateAsync();
        var (raiser, writes, fault) = await StoredSensorFaultAsync(harness);

        var (stored, changed) = await writes.WriteAsync([fault], raiser, None);

        Assert.Empty(changed);
        Assert.Equal(1, Assert.Single(stored).Version);
        Assert.Single(await harness.Audit.ForSubjectAsync(AuditSubjects.Incident, fault.IncidentId, None));
    }

    [Fact]
    public async Task Evidence_for_an_incident_resolved_meanwhile_raises_a_fresh_incident()
    {
        await using var harness = await LifecycleHarness.CreateAsync();
        var (raiser, writes, fault) = await StoredSensorFaultAsync(harness);
        await harness.Lifecycle.AcknowledgeAsync(fault.IncidentId, Support.Incidents.Operator, null, None);
        await harness.Lifecycle.ResolveAsync(fault.IncidentId, Support.Incidents.Operator, "sensor replaced", None);

        // The raiser has not heard of the resolution, so it joins the anomaly to the old incident.
        var joined = raiser.OnAnomaly(Flatline("aq-temple-way", Origin, TimeSpan.FromHours(1))).Single();
        Assert.Equal(fault.IncidentId, joined.IncidentId);
        var (stored, changed) = await writes.WriteAsync([joined], raiser, None);

        var fresh = Assert.Single(changed);
        Assert.NotEqual(fault.IncidentId, fresh.IncidentId);
        Assert.Equal(("sensor-fault", IncidentState.New), (fresh.Kind, fresh.State));
        Assert.Equal(IncidentState.Resolved, stored.Single(i => i.IncidentId == fault.IncidentId).State);
        Assert.Single((await harness.Store.GetAsync(fault.IncidentId, None))!.Evidence);
    }
}
