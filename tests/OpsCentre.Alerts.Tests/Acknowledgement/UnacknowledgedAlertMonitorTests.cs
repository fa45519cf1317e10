using OpsCentre.Alerts.Alerting;
using OpsCentre.Alerts.Partners;
using OpsCentre.Alerts.Tests.Support;
using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Audit;
using static OpsCentre.Incidents.Tests.Support.Incidents;

namespace OpsCentre.Alerts.Tests.Acknowledgement;

public sealed class UnacknowledgedAlertMonitorTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly Uri Nowhere = new("http://127.0.0.1:9/cap");

    [Fact]
    public async Task Priority_1_alert_unacknowledged_after_2_minutes_escalates_the_incident_once()
    {
        await using var harness = await AlertHarness.CreateAsync();
        await harness.RegisterAsync("ambulance-swast", PartnerService.Ambulance, Nowhere);
        await harness.RaiseAsync(Collision());

        harness.Time.Advance(TimeSpan.FromSeconds(119));
        Assert.Empty(await harness.AckMonitor.CheckAsync(None));
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Single(await harness.AckMonitor.CheckAsync(None));
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.Empty(await harness.AckMonitor.CheckAsync(None));

        var incident = (await harness.Incidents.GetAsync("INC-COLLISION", None))!;
        Assert.Equal(1, incident.EscalationLevel);
        Assert.Equal(PartnerAlertState.Escalated, incident.Alerts!.Single().State);
        var escalation = (await harness.Audit.ForSubjectAsync(AuditSubjects.Incident, "INC-COLLISION", None)).Single(e => e.Action == "escalate");
        Assert.Contains("has not acknowledged alert", escalation.Reason);
        Assert.Equal("alert-ack-monitor", escalation.Actor.Name);
    }

    [Fact]
    public async Task Acknowledged_alert_does_not_escalate()
    {
        await using var harness = await AlertHarness.CreateAsync();
        var (police, _) = await harness.RegisterAsync("police-avon", PartnerService.Police, Nowhere);
        await harness.RaiseAsync(Collision());
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await harness.Desk.AcknowledgeAsync(police, AlertIds.For("INC-COLLISION", "police-avon"), null, None);

        harness.Time.Advance(TimeSpan.FromMinutes(10));

        Assert.Empty(await harness.AckMonitor.CheckAsync(None));
        Assert.Equal(0, (await harness.Incidents.GetAsync("INC-COLLISION", None))!.EscalationLevel);
    }

    [Fact]
    public async Task Lower_priority_alert_gets_longer()
    {
        await using var harness = await AlertHarness.CreateAsync();
        await harness.RegisterAsync("environment-agency", PartnerService.EnvironmentAgency, Nowhere);
        await harness.RaiseAsync(Collision("INC-SMOG", priority: 3) with { Kind = "pollution-episode" });

        harness.Time.Advance(TimeSpan.FromMinutes(14));
        Assert.Empty(await harness.AckMonitor.CheckAsync(None));
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Single(await harness.AckMonitor.CheckAsync(None));
    }
}
