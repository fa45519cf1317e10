using OpsCentre.Incidents.Audit;
using OpsCentre.Incidents.Tests.Support;
using OpsCentre.Storage.Incidents;
using static OpsCentre.Incidents.Tests.Support.Incidents;

namespace OpsCentre.Incidents.Tests.Storage;

public sealed class SqlIncidentStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static AuditEntry Entry(string action) =>
        new(AuditSubjects.Incident, "INC-COLLISION", action, AuditOutcome.Done, Operator, Anomalies.Start);

    [Fact]
    public async Task Write_based_on_a_stale_version_is_rejected_and_leaves_no_audit()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        var store = new SqlIncidentStore(database.Database);
        Assert.True(await store.TryWriteAsync(Collision(), 0, [Entry("raise")], None));
        Assert.True(await store.TryWriteAsync(Collision() with { Version = 2, Title = "first" }, 1, [Entry("edit-1")], None));

        Assert.False(await store.TryWriteAsync(Collision() with { Version = 2, Title = "second" }, 1, [Entry("edit-2")], None));

        Assert.Equal("first", (await store.GetAsync("INC-COLLISION", None))!.Title);
        var actions = (await new SqlAuditLog(database.Database).ForSubjectAsync(AuditSubjects.Incident, "INC-COLLISION", None)).Select(e => e.Action);
        Assert.Equal(["raise", "edit-1"], actions);
    }

    [Fact]
    public async Task Insert_of_an_incident_that_already_exists_is_rejected()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        var store = new SqlIncidentStore(database.Database);
        await store.TryWriteAsync(Collision(), 0, [], None);

        Assert.False(await store.TryWriteAsync(Collision() with { Title = "again" }, 0, [], None));
    }

    [Fact]
    public async Task Incident_with_every_optional_part_round_trips()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        var store = new SqlIncidentStore(database.Database);
        var incident = Collision() with
        {
            Outcome = new Contracts.Operations.IncidentOutcome(Contracts.Operations.OutcomeVerdict.TruePositive, "operator-7", Anomalies.Start, "confirmed"),
            Alerts = [new Contracts.Operations.PartnerAlertStatus("ALR-1", "police-avon", "Police", Contracts.Operations.PartnerAlertState.Acknowledged, Anomalies.Start)],
        };
        await store.TryWriteAsync(incident, 0, [], None);

        var stored = (await store.GetAsync("INC-COLLISION", None))!;

        Assert.Equal(incident.Outcome, stored.Outcome);
        Assert.Equal(incident.Alerts, stored.Alerts);
        Assert.Equal(incident.Checklist, stored.Checklist);
        Assert.Equal(incident.Evidence[0].Context, stored.Evidence[0].Context);
    }
}
