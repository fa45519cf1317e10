using OpsCentre.Alerts.Acknowledgement;
using OpsCentre.Alerts.Alerting;
using OpsCentre.Alerts.Partners;
using OpsCentre.Alerts.Tests.Support;
using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Audit;
using OpsCentre.Incidents.Tests.Support;
using static OpsCentre.Incidents.Tests.Support.Anomalies;

namespace OpsCentre.Alerts.Tests.EndToEnd;

/// <summary>
/// The end-to-end story through the embedded Kafka cluster: an injected collision becomes one priority-1
/// incident with its evidence; police and ambulance endpoints (real HTTP listeners) receive schema-valid, signed CAP
/// alerts; the police acknowledge and the incident shows it; the ambulance does not and the incident escalates, which
/// both partners hear about in an Update; neither partner can touch the other's alert.
/// </summary>
public sealed class CollisionToPartnersTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Injected_collision_alerts_police_and_ambulance_who_acknowledge_or_are_escalated()
    {
        await using var pipeline = await IncidentPipeline.StartAsync();
        var harness = pipeline.Harness;
        await using var policeEndpoint = await PartnerEndpoint.StartAsync();
        await using var ambulanceEndpoint = await PartnerEndpoint.StartAsync();
        var collisions = new RoutingRule(["possible-collision"], MaxPriority: 2);
        var (_, policeKeys) = await harness.RegisterAsync("police-avon", PartnerService.Police, policeEndpoint.Url, collisions);
        var (_, ambulanceKeys) = await harness.RegisterAsync("ambulance-swast", PartnerService.Ambulance, ambulanceEndpoint.Url, collisions);
        await harness.RegisterAsync("environment-agency", PartnerService.EnvironmentAgency, new Uri("http://127.0.0.1:9/cap"), new RoutingRule(["pollution-episode"]));
        policeEndpoint.Secret = policeKeys.SigningSecret;
        ambulanceEndpoint.Secret = ambulanceKeys.SigningSecret;

        await pipeline.ProduceAsync(SpeedCollapse("link-portway", Origin, TimeSpan.Zero));
        await pipeline.ProduceAsync(StoppedVehicle("cam-portway", East(150), TimeSpan.FromMinutes(2)));

        var incident = await Eventually.GetAsync(
            async () => (await harness.Incidents.QueryAsync(new Incidents.IncidentQuery(), None)).SingleOrDefault(),
            i => i is not null, Within, "the collision incident");
        Assert.Equal(("possible-collision", 1), (incident!.Kind, incident.Priority));
        Assert.Equal(["link-portway", "cam-portway"], incident.AssetIds);
        Assert.Equal(2, incident.Evidence.Count);

        await Eventually.TrueAsync(() => policeEndpoint.Processed.Count == 1 && ambulanceEndpoint.Processed.Count == 1, Within, "both alerts delivered");
        foreach (var delivery in policeEndpoint.Processed.Values.Concat(ambulanceEndpoint.Processed.Values))
        {
            Assert.Empty(delivery.SchemaErrors);
            Assert.True(delivery.SignatureValid);
            Assert.Contains("<msgType>Alert</msgType>", delivery.CapXml);
            Assert.Contains($"<incidents>{incident.IncidentId}</incidents>", delivery.CapXml);
        }

        // The police acknowledge through their own key; the ambulance service tries the police alert and is refused.
        var police = (await harness.Partners.AuthenticateAsync(policeKeys.ApiKey, None))!;
        var ambulance = (await harness.Partners.AuthenticateAsync(ambulanceKeys.ApiKey, None))!;
        var policeAlert = AlertIds.For(incident.IncidentId, "police-avon");
        Assert.Equal(AcknowledgeOutcome.NotFound, await harness.Desk.AcknowledgeAsync(ambulance, policeAlert, null, None));
        harness.Time.Advance(TimeSpan.FromSeconds(40));
        Assert.Equal(AcknowledgeOutcome.Acknowledged, await harness.Desk.AcknowledgeAsync(police, policeAlert, "unit 12 attending", None));
        Assert.Single(await harness.Desk.ListAsync(ambulance, 50, None), v => v.Alert.PartnerId == "ambulance-swast");

        harness.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Single(await harness.AckMonitor.CheckAsync(None));

        var now = (await harness.Incidents.GetAsync(incident.IncidentId, None))!;
        Assert.Equal(1, now.EscalationLevel);
        var shown = now.Alerts!.ToDictionary(a => a.PartnerId, a => a.State);
        Assert.Equal(PartnerAlertState.Acknowledged, shown["police-avon"]);
        Assert.Equal(PartnerAlertState.Escalated, shown["ambulance-swast"]);
        Assert.DoesNotContain("environment-agency", shown.Keys);
        Assert.Contains(await harness.Audit.ForSubjectAsync(AuditSubjects.Alert, policeAlert, None), e => e.Outcome == AuditOutcome.Denied && e.Actor.Name == "ambulance-swast");

        // The escalation is a change that matters to partners: each gets an Update referencing its Alert.
        await Eventually.TrueAsync(() => policeEndpoint.Processed.Count == 2 && ambulanceEndpoint.Processed.Count == 2, Within, "the escalation updates");
        var update = policeEndpoint.Processed.Values.Single(d => d.CapXml.Contains("<msgType>Update</msgType>"));
        Assert.Contains("<references>", update.CapXml);
        Assert.Empty(update.SchemaErrors);
    }

    [Fact]
    public async Task Replaying_every_anomaly_and_incident_after_a_restart_sends_nothing_twice()
    {
        await using var pipeline = await IncidentPipeline.StartAsync();
        var harness = pipeline.Harness;
        await using var policeEndpoint = await PartnerEndpoint.StartAsync();
        var (_, keys) = await harness.RegisterAsync("police-avon", PartnerService.Police, policeEndpoint.Url, new RoutingRule(["possible-collision"]));
        policeEndpoint.Secret = keys.SigningSecret;
        await pipeline.ProduceAsync(SpeedCollapse("link-portway", Origin, TimeSpan.Zero));
        await pipeline.ProduceAsync(StoppedVehicle("cam-portway", East(150), TimeSpan.FromMinutes(2)));
        var before = (await Eventually.GetAsync(
            async () => (await harness.Incidents.QueryAsync(new Incidents.IncidentQuery(), None)).SingleOrDefault(),
            i => i?.Alerts?.SingleOrDefault()?.State == PartnerAlertState.Delivered, Within, "the incident to show the alert delivered"))!;

        // Restart with every offset lost: both stages read their topics again from the start.
        await pipeline.StopConsumersAsync();
        var correlator = pipeline.StartCorrelator("opscentre-incidents-replay");
        var router = pipeline.StartAlertRouter("opscentre-alerts-replay");
        await Eventually.TrueAsync(() => correlator.RecordsConsumed >= 2 && router.RecordsConsumed >= before.Version, Within, "the replay to be read");
        await Eventually.TrueAsync(() => correlator.Status.Partitions.All(p => p.Lag == 0 && p.QueueDepth == 0)
            && router.Status.Partitions.All(p => p.Lag == 0 && p.QueueDepth == 0) && router.Status.Partitions.Count > 0, Within, "the replay to be processed");
        // Read is not yet acted on: give the last records a few checkpoint intervals (50 ms each) to take effect.
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        await harness.NewDeliveryWorker().DeliverDueAsync(None);

        var after = (await harness.Incidents.QueryAsync(new Incidents.IncidentQuery(), None)).Single();
        Assert.Equal((before.IncidentId, before.Version), (after.IncidentId, after.Version));
        Assert.Single(policeEndpoint.Received);
        Assert.Single(await harness.Alerts.MessagesAsync(AlertIds.For(before.IncidentId, "police-avon"), None));
    }
}
