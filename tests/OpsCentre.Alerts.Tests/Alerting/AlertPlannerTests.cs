using OpsCentre.Alerts.Alerting;
using OpsCentre.Alerts.Cap;
using OpsCentre.Alerts.Partners;
using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Tests.Support;
using static OpsCentre.Incidents.Tests.Support.Incidents;

namespace OpsCentre.Alerts.Tests.Alerting;

public sealed class AlertPlannerTests
{
    private static readonly AlertPlanner Planner = new(new IncidentCapComposer(new AlertingOptions()));
    private static readonly DateTimeOffset Now = Anomalies.Start.AddMinutes(1);

    private static readonly Partner Police = new("police-avon", "Police", PartnerService.Police, new Uri("https://police.example/cap"),
        [new RoutingRule(["possible-collision"], MaxPriority: 2)]);

    private static readonly Partner Environment = new("environment-agency", "Environment Agency", PartnerService.EnvironmentAgency, new Uri("https://ea.example/cap"),
        [new RoutingRule(["pollution-episode", "flood-risk"])]);

    private static readonly Partner FarAway = new("police-elsewhere", "Police elsewhere", PartnerService.Police, new Uri("https://far.example/cap"),
        [new RoutingRule([], Area: new GeoBounds(53, -3, 54, -2))]);

    private static PlannedAlert First(Incident incident, PartnerAlert? existing = null) =>
        Assert.Single(Planner.Plan(incident, [Police, Environment, FarAway], existing is null ? [] : [existing], Now));

    [Fact]
    public void New_incident_alerts_only_the_partners_whose_routing_matches()
    {
        var plan = First(Collision());

        Assert.Equal("police-avon", plan.Alert.PartnerId);
        Assert.Equal(CapMessageType.Alert, plan.Message!.MsgType);
        Assert.True(plan.Restart);
        Assert.Single(plan.Alert.SentMessages);
        Assert.Contains("<msgType>Alert</msgType>", plan.Message.CapXml);
    }

    [Fact]
    public void Change_that_matters_to_the_partner_sends_an_update_referencing_the_alert()
    {
        var alerted = First(Collision()).Alert;

        var plan = First(Collision() with { Version = 2, EscalationLevel = 1 }, alerted);

        Assert.Equal(CapMessageType.Update, plan.Message!.MsgType);
        Assert.Contains($"<references>{alerted.SentMessages[0]}</references>", plan.Message.CapXml);
        Assert.Equal(2, plan.Alert.LastIncidentVersion);
    }

    [Fact]
    public void Change_that_does_not_matter_only_moves_the_version_on()
    {
        var alerted = First(Collision()).Alert;

        var plan = First(Collision() with { Version = 2, State = IncidentState.Acknowledged }, alerted);

        Assert.Null(plan.Message);
        Assert.Equal(2, plan.Alert.LastIncidentVersion);
    }

    [Fact]
    public void Version_already_planned_is_ignored_so_a_replay_sends_nothing()
    {
        var alerted = First(Collision()).Alert;

        Assert.Empty(Planner.Plan(Collision(), [Police], [alerted], Now));
    }

    [Fact]
    public void Resolved_incident_sends_an_all_clear_update_and_ends_the_alert()
    {
        var alerted = First(Collision()).Alert;

        var plan = First(Collision(state: IncidentState.Resolved) with { Version = 3 }, alerted);

        Assert.Equal((CapMessageType.Update, PartnerAlertPhase.Ended), (plan.Message!.MsgType, plan.Alert.Phase));
        Assert.Contains("<responseType>AllClear</responseType>", plan.Message.CapXml);
    }

    [Fact]
    public void False_positive_sends_a_cancel()
    {
        var alerted = First(Collision()).Alert;
        var falseAlarm = Collision(state: IncidentState.Resolved) with { Version = 3, Outcome = new IncidentOutcome(OutcomeVerdict.FalsePositive, "operator-7", Now) };

        Assert.Equal(CapMessageType.Cancel, First(falseAlarm, alerted).Message!.MsgType);
    }

    [Fact]
    public void Incident_that_no_longer_routes_to_the_partner_is_cancelled_for_it()
    {
        var alerted = First(Collision()).Alert;

        var plan = First(Collision(priority: 3) with { Version = 2 }, alerted);

        Assert.Equal(CapMessageType.Cancel, plan.Message!.MsgType);
        Assert.Contains("no longer meets", plan.Message.CapXml);
    }

    [Fact]
    public void Reopened_incident_alerts_afresh_and_needs_a_new_acknowledgement()
    {
        var ended = First(Collision(state: IncidentState.Resolved) with { Version = 3 }, First(Collision()).Alert).Alert;

        var plan = First(Collision(state: IncidentState.Acknowledged) with { Version = 4 }, ended);

        Assert.Equal((CapMessageType.Alert, PartnerAlertPhase.Active, true), (plan.Message!.MsgType, plan.Alert.Phase, plan.Restart));
        Assert.Equal(3, plan.Alert.SentMessages.Count);
    }

    [Fact]
    public void Inactive_partner_gets_nothing()
    {
        Assert.Empty(Planner.Plan(Collision(), [Police with { Active = false }], [], Now));
    }
}
