using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Correlation;
using OpsCentre.Incidents.Tests.Support;
using static OpsCentre.Incidents.Tests.Support.Anomalies;

namespace OpsCentre.Incidents.Tests.Correlation;

public sealed class RuleBasedRaiserTests
{
    private static readonly CorrelationRuleSet Rules = CorrelationRulesFile.LoadDefault();

    private static RuleBasedRaiser NewRaiser(IRoadNetwork? roads = null) => new(Rules, roads ?? RoadLinkGraph.Empty);

    [Fact]
    public void Speed_collapse_and_nearby_stopped_vehicle_raise_one_priority_1_collision()
    {
        var raiser = NewRaiser();
        var speed = SpeedCollapse("link-portway", Origin, TimeSpan.Zero);
        var stopped = StoppedVehicle("cam-portway", East(150), TimeSpan.FromMinutes(2));

        Assert.Empty(raiser.OnAnomaly(speed));
        var incident = Assert.Single(raiser.OnAnomaly(stopped));

        Assert.Equal("possible-collision", incident.Kind);
        Assert.Equal(1, incident.Priority);
        Assert.Equal(IncidentState.New, incident.State);
        Assert.Equal([speed.AnomalyId, stopped.AnomalyId], incident.Evidence.Select(e => e.AnomalyId));
        Assert.Equal(["link-portway", "cam-portway"], incident.AssetIds);
        Assert.Contains("speed fell to 4 km/h", incident.Summary);
        Assert.StartsWith("collision-speed-collapse-and-stopped-vehicle@", incident.RaisedBy);
        Assert.NotEmpty(incident.Checklist!);
        Assert.NotNull(incident.Evidence[0].Context);
    }

    [Fact]
    public void Stopped_vehicle_far_away_on_an_unconnected_road_raises_nothing()
    {
        var raiser = NewRaiser();

        raiser.OnAnomaly(SpeedCollapse("link-portway", Origin, TimeSpan.Zero));

        Assert.Empty(raiser.OnAnomaly(StoppedVehicle("cam-elsewhere", East(2_000), TimeSpan.FromMinutes(1))));
    }

    [Fact]
    public void Stopped_vehicle_on_an_adjoining_link_counts_even_when_far_in_a_straight_line()
    {
        var roads = RoadLinkGraph.Build([
            new AssetDescriptor("link-a", AssetKind.RoadLink, "A", Origin, [Origin, East(1_200)]),
            new AssetDescriptor("link-b", AssetKind.RoadLink, "B", East(1_800), [East(1_210), East(2_500)]),
            new AssetDescriptor("cam-b", AssetKind.Camera, "Camera on B", East(2_400), RoadLinkId: "link-b"),
        ]);
        var raiser = NewRaiser(roads);

        raiser.OnAnomaly(SpeedCollapse("link-a", Origin, TimeSpan.Zero));
        var incident = Assert.Single(raiser.OnAnomaly(StoppedVehicle("cam-b", East(2_400), TimeSpan.FromMinutes(1))));

        Assert.Equal("possible-collision", incident.Kind);
    }

    [Fact]
    public void Evidence_outside_the_time_window_does_not_combine()
    {
        var raiser = NewRaiser();

        raiser.OnAnomaly(SpeedCollapse("link-portway", Origin, TimeSpan.Zero));

        Assert.Empty(raiser.OnAnomaly(StoppedVehicle("cam-portway", East(100), TimeSpan.FromMinutes(45))));
    }

    [Fact]
    public void Later_matching_anomaly_joins_the_open_incident_instead_of_opening_another()
    {
        var raiser = NewRaiser();
        raiser.OnAnomaly(SpeedCollapse("link-portway", Origin, TimeSpan.Zero));
        var opened = raiser.OnAnomaly(StoppedVehicle("cam-portway", East(150), TimeSpan.FromMinutes(1))).Single();

        var joined = Assert.Single(raiser.OnAnomaly(StoppedVehicle("cam-portway-2", East(250), TimeSpan.FromMinutes(6))));

        Assert.Equal(opened.IncidentId, joined.IncidentId);
        Assert.Equal(3, joined.Evidence.Count);
        Assert.Contains("cam-portway-2", joined.AssetIds);
        Assert.True(joined.Version > opened.Version);
    }

    [Fact]
    public void No2_spikes_at_two_monitors_raise_a_pollution_episode_but_one_monitor_does_not()
    {
        var raiser = NewRaiser();

        Assert.Empty(raiser.OnAnomaly(No2Spike("aq-temple-way", Origin, TimeSpan.Zero)));
        Assert.Empty(raiser.OnAnomaly(No2Spike("aq-temple-way", Origin, TimeSpan.FromMinutes(20))));
        var incident = Assert.Single(raiser.OnAnomaly(No2Spike("aq-parson-st", East(1_500), TimeSpan.FromMinutes(40))));

        Assert.Equal("pollution-episode", incident.Kind);
        Assert.Equal(3, incident.Priority);
        Assert.Equal(2, incident.AssetIds.Count);
    }

    [Fact]
    public void Flatline_is_a_priority_4_sensor_fault_and_repeats_join_it()
    {
        var raiser = NewRaiser();

        var fault = Assert.Single(raiser.OnAnomaly(Flatline("aq-temple-way", Origin, TimeSpan.Zero)));
        var again = Assert.Single(raiser.OnAnomaly(Flatline("aq-temple-way", Origin, TimeSpan.FromHours(3))));

        Assert.Equal(("sensor-fault", 4), (fault.Kind, fault.Priority));
        Assert.Equal(fault.IncidentId, again.IncidentId);
    }

    [Fact]
    public void Fast_river_rise_is_flood_risk_and_fly_tipping_is_a_street_scene_job()
    {
        var raiser = NewRaiser();

        var flood = Assert.Single(raiser.OnAnomaly(New("river-avon-netham", AssetKind.RiverGauge, "riverLevelMetres", AnomalyPattern.LevelShift,
            TimeSpan.Zero, 0.97, 6.1, 4.2, "IidChangePoint", "level rose 1.9 m in an hour", Origin)));
        var tipping = Assert.Single(raiser.OnAnomaly(New("cam-backs", AssetKind.Camera, "event:FlyTipping", AnomalyPattern.CameraEvent,
            TimeSpan.Zero, 0.8, 1, 0, "cctv-analytics", "camera analytics reported FlyTipping", East(3_000))));

        Assert.Equal(("flood-risk", 2), (flood.Kind, flood.Priority));
        Assert.Equal(("fly-tipping", 5), (tipping.Kind, tipping.Priority));
    }

    [Fact]
    public void Anomaly_no_rule_wants_raises_nothing()
    {
        var raiser = NewRaiser();

        Assert.Empty(raiser.OnAnomaly(New("noise-harbourside", AssetKind.NoiseSensor, "noiseDba", AnomalyPattern.Spike,
            TimeSpan.Zero, 0.9, 92, 60, "IidSpike", "noise 92 dB(A)", Origin)));
    }

    [Fact]
    public void Same_anomaly_delivered_twice_changes_nothing_the_second_time()
    {
        var raiser = NewRaiser();
        var speed = SpeedCollapse("link-portway", Origin, TimeSpan.Zero);
        var stopped = StoppedVehicle("cam-portway", East(150), TimeSpan.FromMinutes(1));
        raiser.OnAnomaly(speed);
        raiser.OnAnomaly(stopped);

        Assert.Empty(raiser.OnAnomaly(stopped));
        Assert.Empty(raiser.OnAnomaly(speed));
    }

    [Fact]
    public void Replaying_the_same_anomalies_into_a_new_raiser_raises_identical_incidents()
    {
        var sequence = new[]
        {
            SpeedCollapse("link-portway", Origin, TimeSpan.Zero),
            No2Spike("aq-temple-way", East(500), TimeSpan.FromMinutes(1)),
            StoppedVehicle("cam-portway", East(150), TimeSpan.FromMinutes(2)),
            No2Spike("aq-parson-st", East(1_500), TimeSpan.FromMinutes(3)),
            Flatline("aq-temple-way", East(500), TimeSpan.FromMinutes(4)),
        };

        static List<Incident> Run(IEnumerable<Anomaly> anomalies)
        {
            var raiser = new RuleBasedRaiser(Rules, RoadLinkGraph.Empty);
            return [.. anomalies.SelectMany(raiser.OnAnomaly)];
        }

        var first = Run(sequence);
        var second = Run(sequence);

        Assert.Equal(3, first.Count);
        Assert.Equal(first.Select(i => (i.IncidentId, i.Version, i.Evidence.Count)), second.Select(i => (i.IncidentId, i.Version, i.Evidence.Count)));
    }

    [Fact]
    public void Anomaly_after_its_incident_was_resolved_opens_a_new_incident()
    {
        var raiser = NewRaiser();
        var fault = raiser.OnAnomaly(Flatline("aq-temple-way", Origin, TimeSpan.Zero)).Single();
        raiser.Restore([fault with { State = IncidentState.Resolved, Version = 3 }]);

        var next = Assert.Single(raiser.OnAnomaly(Flatline("aq-temple-way", Origin, TimeSpan.FromMinutes(30))));

        Assert.NotEqual(fault.IncidentId, next.IncidentId);
        Assert.Equal(1, next.Version);
    }

    [Fact]
    public void Restored_open_incident_takes_new_evidence_after_a_restart()
    {
        var before = NewRaiser();
        var fault = before.OnAnomaly(Flatline("aq-temple-way", Origin, TimeSpan.Zero)).Single();
        var after = NewRaiser();
        after.Restore([fault with { State = IncidentState.Acknowledged, Version = 2 }]);

        var joined = Assert.Single(after.OnAnomaly(Flatline("aq-temple-way", Origin, TimeSpan.FromMinutes(30))));

        Assert.Equal(fault.IncidentId, joined.IncidentId);
        Assert.Equal(IncidentState.Acknowledged, joined.State);
    }

    [Fact]
    public void Incident_without_evidence_from_an_external_warning_takes_nearby_matching_anomalies()
    {
        var raiser = NewRaiser();
        var warning = new Incident("INC-CAP", "flood-risk", "Flood warning: River Avon", 2, IncidentState.New, Start, Start, Origin, [], [], "from the flood warning feed", 1);
        raiser.Restore([warning]);

        var joined = Assert.Single(raiser.OnAnomaly(New("river-avon-netham", AssetKind.RiverGauge, "riverLevelMetres", AnomalyPattern.Spike,
            TimeSpan.FromMinutes(20), 0.9, 5.5, 4.2, "IidSpike", "level spike", East(2_000))));

        Assert.Equal("INC-CAP", joined.IncidentId);
    }
}
