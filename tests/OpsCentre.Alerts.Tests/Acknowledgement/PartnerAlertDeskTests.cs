using System.Text;
using OpsCentre.Alerts.Acknowledgement;
using OpsCentre.Alerts.Alerting;
using OpsCentre.Alerts.Cap;
using OpsCentre.Alerts.Partners;
using OpsCentre.Alerts.Tests.Support;
using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Audit;
using static OpsCentre.Incidents.Tests.Support.Incidents;

namespace OpsCentre.Alerts.Tests.Acknowledgement;

public sealed class PartnerAlertDeskTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly Uri Nowhere = new("http://127.0.0.1:9/cap");

    [Fact]
    public async Task Partner_sees_only_its_own_alerts()
    {
        await using var harness = await AlertHarness.CreateAsync();
        var (police, _) = await harness.RegisterAsync("police-avon", PartnerService.Police, Nowhere, new RoutingRule(["possible-collision"]));
        var (ea, _) = await harness.RegisterAsync("environment-agency", PartnerService.EnvironmentAgency, Nowhere, new RoutingRule(["pollution-episode"]));
        await harness.RaiseAsync(Collision());
        await harness.RaiseAsync(Collision("INC-SMOG") with { Kind = "pollution-episode", Priority = 3 });

        var policeView = Assert.Single(await harness.Desk.ListAsync(police, 50, None));
        var eaView = Assert.Single(await harness.Desk.ListAsync(ea, 50, None));

        Assert.Equal("INC-COLLISION", policeView.Alert.IncidentId);
        Assert.Equal("INC-SMOG", eaView.Alert.IncidentId);
        Assert.Contains("<msgType>Alert</msgType>", policeView.Latest!.CapXml);
    }

    [Fact]
    public async Task Acknowledgement_is_recorded_audited_and_shown_on_the_incident()
    {
        await using var harness = await AlertHarness.CreateAsync();
        var (police, _) = await harness.RegisterAsync("police-avon", PartnerService.Police, Nowhere);
        await harness.RaiseAsync(Collision());
        var alertId = AlertIds.For("INC-COLLISION", "police-avon");
        harness.Time.Advance(TimeSpan.FromSeconds(45));

        Assert.Equal(AcknowledgeOutcome.Acknowledged, await harness.Desk.AcknowledgeAsync(police, alertId, "unit 12 attending", None));
        Assert.Equal(AcknowledgeOutcome.AlreadyAcknowledged, await harness.Desk.AcknowledgeAsync(police, alertId, null, None));

        var alert = (await harness.Alerts.GetAsync(alertId, None))!;
        Assert.Equal((harness.Time.GetUtcNow(), "police-avon"), (alert.AcknowledgedAt, alert.AcknowledgedBy));
        var shown = (await harness.Incidents.GetAsync("INC-COLLISION", None))!.Alerts!.Single();
        Assert.Equal((PartnerAlertState.Acknowledged, harness.Time.GetUtcNow()), (shown.State, shown.At));
        var entry = Assert.Single(await harness.Audit.ForSubjectAsync(AuditSubjects.Alert, alertId, None));
        Assert.Equal(("partner-ack", AuditOutcome.Done, "unit 12 attending"), (entry.Action, entry.Outcome, entry.Reason));
    }

    [Fact]
    public async Task Another_partners_alert_is_not_found_and_the_attempt_is_audited_as_denied()
    {
        await using var harness = await AlertHarness.CreateAsync();
        await harness.RegisterAsync("police-avon", PartnerService.Police, Nowhere, new RoutingRule(["possible-collision"]));
        var (ambulance, _) = await harness.RegisterAsync("ambulance-swast", PartnerService.Ambulance, Nowhere, new RoutingRule(["fire"]));
        await harness.RaiseAsync(Collision());
        var policeAlert = AlertIds.For("INC-COLLISION", "police-avon");

        Assert.Equal(AcknowledgeOutcome.NotFound, await harness.Desk.AcknowledgeAsync(ambulance, policeAlert, null, None));
        Assert.Null(await harness.Desk.GetAsync(ambulance, policeAlert, None));

        Assert.Null((await harness.Alerts.GetAsync(policeAlert, None))!.AcknowledgedAt);
        var denied = await harness.Audit.ForSubjectAsync(AuditSubjects.Alert, policeAlert, None);
        Assert.Equal(2, denied.Count);
        Assert.All(denied, e => Assert.Equal((AuditOutcome.Denied, "ambulance-swast", ActorRole.Partner), (e.Outcome, e.Actor.Name, e.Actor.Role)));
        Assert.Contains("belongs to partner police-avon", denied[0].Reason);
    }

    [Fact]
    public async Task Cap_ack_referencing_our_message_acknowledges_its_alert()
    {
        await using var harness = await AlertHarness.CreateAsync();
        var (police, _) = await harness.RegisterAsync("police-avon", PartnerService.Police, Nowhere);
        await harness.RaiseAsync(Collision());
        var message = (await harness.Alerts.MessagesAsync(AlertIds.For("INC-COLLISION", "police-avon"), None)).Single();
        var sent = new CapXmlReader().Read(Encoding.UTF8.GetBytes(message.CapXml));
        var ack = new CapAlert("police-ack-1", "control@police.example", harness.Time.GetUtcNow(), CapStatus.Actual, CapMessageType.Ack, CapScope.Private, [],
            Addresses: "opscentre", Note: "received", References: [sent.Reference]);

        var acknowledged = await harness.Desk.AcknowledgeCapAsync(police, new CapXmlReader().Read(Encoding.UTF8.GetBytes(CapXmlWriter.Write(ack))), None);

        Assert.Equal([message.AlertId], acknowledged);
        Assert.NotNull((await harness.Alerts.GetAsync(message.AlertId, None))!.AcknowledgedAt);
    }
}
