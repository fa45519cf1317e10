using System.Text;
using OpsCentre.Alerts.Alerting;
using OpsCentre.Alerts.Cap;
using OpsCentre.Alerts.Partners;
using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Correlation;
using OpsCentre.Incidents.Tests.Support;
using OpsCentre.Tests;
using static OpsCentre.Incidents.Tests.Support.Incidents;

namespace OpsCentre.Alerts.Tests.Alerting;

public sealed class IncidentCapComposerTests
{
    private static readonly CapSchema SharedSchema = CapSchema.Load(TestData.File("city", "interop", "cap", "CAP-v1.2.xsd"));
    private static readonly IncidentCapComposer Composer = new(new AlertingOptions());
    private static readonly Partner Police = new("police-avon", "Avon and Somerset Police", PartnerService.Police, new Uri("https://police.example/cap"), [new RoutingRule([])]);

    public static TheoryData<string, CapMessageType> EveryKindAndMessageType()
    {
        var data = new TheoryData<string, CapMessageType>();
        var kinds = CorrelationRulesFile.LoadDefault().Kinds.Select(k => k.Kind).Append("a-kind-no-rule-knows");
        foreach (var kind in kinds)
        {
            foreach (var type in new[] { CapMessageType.Alert, CapMessageType.Update, CapMessageType.Cancel })
            {
                data.Add(kind, type);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryKindAndMessageType))]
    public void Every_alert_kind_and_message_type_is_valid_against_the_published_cap_schema(string kind, CapMessageType type)
    {
        var incident = Collision() with { Kind = kind, State = type == CapMessageType.Alert ? IncidentState.New : IncidentState.Resolved };
        var references = type == CapMessageType.Alert ? [] : new[] { new CapReference("opscentre@ops.city.example", "ops.city.example.ALR-1.1", "2026-11-03T08:00:00-00:00") };

        var xml = CapXmlWriter.Write(Composer.Compose(incident, Police, type, "ops.city.example.ALR-1.2", Anomalies.Start, references, type == CapMessageType.Cancel ? "false alarm" : null));

        Assert.Empty(SharedSchema.Validate(xml));
    }

    [Fact]
    public void Priority_1_collision_is_immediate_and_severe_addressed_to_the_partner_only()
    {
        var cap = Composer.Compose(Collision(), Police, CapMessageType.Alert, "id-1", Anomalies.Start, [], null);

        Assert.Equal((CapScope.Private, "police-avon", "INC-COLLISION"), (cap.Scope, cap.Addresses, cap.Incidents));
        var info = cap.Info.Single();
        Assert.Equal((CapUrgency.Immediate, CapSeverity.Severe), (info.Urgency, info.Severity));
        Assert.Equal([CapCategory.Transport, CapCategory.Rescue], info.Categories);
        Assert.Contains("speed fell to 4 km/h", info.Description);
    }

    [Fact]
    public void Certainty_rises_with_corroboration_and_confirmation()
    {
        var single = Collision() with { AssetIds = ["link-portway"], Evidence = [Collision().Evidence[0]] };
        var confirmed = Collision() with { Outcome = new IncidentOutcome(OutcomeVerdict.TruePositive, "operator-7", Anomalies.Start) };

        Assert.Equal(CapCertainty.Possible, Certainty(single));
        Assert.Equal(CapCertainty.Likely, Certainty(Collision()));
        Assert.Equal(CapCertainty.Observed, Certainty(confirmed));
    }

    [Fact]
    public void Area_circle_covers_the_evidence_and_three_places_add_a_closed_polygon()
    {
        var spread = Collision() with
        {
            Evidence = [.. Collision().Evidence, Anomalies.StoppedVehicle("cam-3", new(Anomalies.Origin.Lat + 0.004, Anomalies.Origin.Lon), TimeSpan.FromMinutes(2))],
        };

        var area = Composer.Compose(spread, Police, CapMessageType.Alert, "id-1", Anomalies.Start, [], null).Info[0].Areas!.Single();

        var circle = Assert.Single(area.Circles!);
        Assert.True(circle.RadiusKm * 1000 >= spread.Evidence.Max(e => e.Location.DistanceMetresTo(spread.Location)));
        var ring = Assert.Single(area.Polygons!);
        Assert.Equal(4, ring.Count);
        Assert.Equal(ring[0], ring[^1]);
    }

    [Fact]
    public void Ended_incident_reads_as_past_and_all_clear()
    {
        var info = Composer.Compose(Collision(state: IncidentState.Resolved), Police, CapMessageType.Update, "id-2", Anomalies.Start, [], null).Info[0];

        Assert.Equal(CapUrgency.Past, info.Urgency);
        Assert.Equal([CapResponseType.AllClear], info.ResponseTypes);
    }

    private static CapCertainty Certainty(Incident incident) =>
        Composer.Compose(incident, Police, CapMessageType.Alert, "id", Anomalies.Start, [], null).Info[0].Certainty;
}
