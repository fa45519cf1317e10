using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Readings;
using OpsCentre.Ingest.Simulation;
using static OpsCentre.Ingest.Tests.Simulation.SimulatorFixture;

namespace OpsCentre.Ingest.Tests.Simulation;

public sealed class IncidentInjectionTests
{
    private static readonly TimeSpan TwoHours = TimeSpan.FromHours(2);
    private static readonly TimeSpan HalfHour = TimeSpan.FromMinutes(30);

    [Fact]
    public void Explicit_schedule_injects_exactly_the_planned_incidents()
    {
        var simulator = Simulator(IncidentSchedule.Exactly(
            new PlannedIncident(IncidentKind.Collision, TimeSpan.FromMinutes(10), HalfHour),
            new PlannedIncident(IncidentKind.PollutionSpike, TimeSpan.FromMinutes(20), HalfHour),
            new PlannedIncident(IncidentKind.StuckSensor, TimeSpan.FromMinutes(30), HalfHour),
            new PlannedIncident(IncidentKind.RiverRise, TimeSpan.FromMinutes(40), HalfHour),
            new PlannedIncident(IncidentKind.FlyTipping, TimeSpan.FromMinutes(50), HalfHour),
            new PlannedIncident(IncidentKind.WrongWayVehicle, TimeSpan.FromMinutes(60), TimeSpan.FromMinutes(3))));

        var ticks = simulator.Ticks(24 * 60).ToList();

        Assert.Equal(Enum.GetValues<IncidentKind>(), simulator.Incidents.Select(i => i.Kind));
        Assert.Equal(simulator.Incidents, ticks.SelectMany(t => t.IncidentsStarted));
        Assert.Equal(Monday.AddMinutes(10), simulator.Incidents[0].Start);
        Assert.Equal(Monday.AddMinutes(40), simulator.Incidents[0].End);
    }

    [Fact]
    public void Random_schedule_injects_about_the_configured_rate()
    {
        var simulator = Simulator(IncidentSchedule.Random(48, IncidentKind.FlyTipping), tick: TimeSpan.FromMinutes(5));

        _ = simulator.Ticks(12 * 24 * 10).Count();

        // 480 expected over ten days; a Poisson count lies within ±15 % with overwhelming probability.
        Assert.InRange(simulator.Incidents.Count, 408, 552);
        Assert.All(simulator.Incidents, i => Assert.Equal(IncidentKind.FlyTipping, i.Kind));
    }

    [Fact]
    public void Collision_collapses_speed_raises_travel_time_and_shows_a_stopped_vehicle_on_camera()
    {
        var link = CityAssets.First(a => a.Kind == AssetKind.RoadLink && CityAssets.Any(c => c.Kind == AssetKind.Camera && c.RoadLinkId == a.AssetId));
        var ticks = Simulator(IncidentSchedule.Exactly(new PlannedIncident(IncidentKind.Collision, TwoHours, HalfHour, link.AssetId))).Ticks(180).ToList();
        var incident = Assert.Single(ticks.SelectMany(t => t.IncidentsStarted));
        var camera = incident.AssetIds[1];

        var during = ticks.Traffic(link.AssetId).Where(r => incident.IsActiveAt(r.ObservedAt)).ToList();
        var before = ticks.Traffic(link.AssetId).Where(r => r.ObservedAt < incident.Start).ToList();
        Assert.Equal(30, during.Count);
        Assert.All(during, r => Assert.True(r.SpeedKph <= 16, $"speed {r.SpeedKph} during the collision"));
        Assert.True(during.Average(r => r.TravelTimeSeconds) > 2 * before.Average(r => r.TravelTimeSeconds));
        Assert.Equal(link.AssetId, incident.AssetIds[0]);
        Assert.All(ticks.Camera(camera).Where(c => incident.IsActiveAt(c.ObservedAt)), c => Assert.Equal(CameraEventKind.StoppedVehicle, c.Event));
        Assert.All(ticks.Camera(camera).Where(c => incident.IsActiveAt(c.ObservedAt)), c => Assert.True(c.Confidence >= 0.85));
        Assert.Equal(CityAssets.Single(a => a.AssetId == camera).Location, incident.Location);
    }

    [Fact]
    public void Incident_changes_only_the_assets_it_involves()
    {
        var plan = new PlannedIncident(IncidentKind.Collision, TimeSpan.FromMinutes(5), HalfHour);
        var withIncident = Simulator(IncidentSchedule.Exactly(plan)).Ticks(60).SelectMany(t => t.Events).ToList();
        var baseline = Simulator().Ticks(60).SelectMany(t => t.Events).ToList();

        var changedAssets = withIncident.Zip(baseline)
            .Where(pair => !SameReading(pair.First, pair.Second))
            .Select(pair => pair.First.AssetId)
            .ToHashSet();

        Assert.NotEmpty(changedAssets);
        var involved = Simulator(IncidentSchedule.Exactly(plan)).Ticks(60).SelectMany(t => t.IncidentsStarted).Single().AssetIds;
        var link = CityAssets.Single(a => a.AssetId == involved[0]);
        var followers = CityAssets.Where(a => a.RoadLinkId == link.AssetId && a.Kind is AssetKind.Camera or AssetKind.AirQualityMonitor or AssetKind.NoiseSensor).Select(a => a.AssetId);
        Assert.Subset(involved.Concat(followers).ToHashSet(), changedAssets);
    }

    [Fact]
    public void Pollution_spike_raises_no2_at_a_monitor_and_its_neighbours()
    {
        var ticks = Simulator(IncidentSchedule.Exactly(new PlannedIncident(IncidentKind.PollutionSpike, TwoHours, TimeSpan.FromHours(1), "aq-001"))).Ticks(240).ToList();
        var baseline = Simulator().Ticks(240).ToList();
        var incident = Assert.Single(ticks.SelectMany(t => t.IncidentsStarted));
        var peak = incident.Start.AddMinutes(30);

        Assert.True(incident.AssetIds.Count >= 2);
        Assert.Equal("aq-001", incident.AssetIds[0]);
        foreach (var monitor in incident.AssetIds)
        {
            var spiked = ticks.Sensor(monitor, Quantity.No2).Single(r => r.ObservedAt == peak).Value;
            var normal = baseline.Sensor(monitor, Quantity.No2).Single(r => r.ObservedAt == peak).Value;
            Assert.True(spiked - normal > 70, $"{monitor}: {spiked} vs {normal}");
        }

        var primary = CityAssets.Single(a => a.AssetId == "aq-001").Location;
        Assert.All(incident.AssetIds.Skip(1), id => Assert.True(CityAssets.Single(a => a.AssetId == id).Location.DistanceMetresTo(primary) <= 1_500 || incident.AssetIds.Count == 2));
    }

    [Fact]
    public void Stuck_sensor_repeats_one_value_for_the_whole_incident()
    {
        var noise = First(AssetKind.NoiseSensor).AssetId;
        var ticks = Simulator(IncidentSchedule.Exactly(new PlannedIncident(IncidentKind.StuckSensor, TwoHours, TimeSpan.FromHours(1), noise))).Ticks(240).ToList();
        var incident = Assert.Single(ticks.SelectMany(t => t.IncidentsStarted));

        var during = ticks.Sensor(noise, Quantity.NoiseDba).Where(r => incident.IsActiveAt(r.ObservedAt)).Select(r => r.Value).ToList();
        var before = ticks.Sensor(noise, Quantity.NoiseDba).Where(r => r.ObservedAt < incident.Start).Select(r => r.Value).ToList();
        Assert.Equal(60, during.Count);
        Assert.Single(during.Distinct());
        Assert.Equal(before[^1], during[0]);
        Assert.True(before.TakeLast(60).Distinct().Count() > 10);
    }

    [Fact]
    public void River_rise_lifts_every_gauge_most_upstream()
    {
        var plan = new PlannedIncident(IncidentKind.RiverRise, TwoHours, TimeSpan.FromHours(5));
        var ticks = Simulator(IncidentSchedule.Exactly(plan), tick: TimeSpan.FromMinutes(10)).Ticks(60).ToList();
        var baseline = Simulator(tick: TimeSpan.FromMinutes(10)).Ticks(60).ToList();
        var incident = Assert.Single(ticks.SelectMany(t => t.IncidentsStarted));
        var middle = incident.Start.AddHours(2.5);
        double Rise(string gauge) =>
            ticks.Sensor(gauge, Quantity.RiverLevelMetres).Single(r => r.ObservedAt == middle).Value
            - baseline.Sensor(gauge, Quantity.RiverLevelMetres).Single(r => r.ObservedAt == middle).Value;

        Assert.Equal(6, incident.AssetIds.Count);
        Assert.All(incident.AssetIds, g => Assert.True(Rise(g) > 1.4, $"{g} rose {Rise(g)}"));
        Assert.True(Rise("river-001") > Rise("river-006"));
    }

    [Theory]
    [InlineData(IncidentKind.FlyTipping, CameraEventKind.FlyTipping)]
    [InlineData(IncidentKind.WrongWayVehicle, CameraEventKind.WrongWayVehicle)]
    public void Camera_incident_is_reported_by_its_camera_while_it_lasts(IncidentKind kind, CameraEventKind expected)
    {
        var ticks = Simulator(IncidentSchedule.Exactly(new PlannedIncident(kind, TwoHours, TimeSpan.FromMinutes(5))), variability: 0).Ticks(180).ToList();
        var incident = Assert.Single(ticks.SelectMany(t => t.IncidentsStarted));
        var camera = incident.AssetIds[0];

        var reports = ticks.Camera(camera).Where(c => c.Event != CameraEventKind.None).ToList();
        Assert.Equal(5, reports.Count);
        Assert.All(reports, c => Assert.Equal(expected, c.Event));
        Assert.All(reports, c => Assert.True(incident.IsActiveAt(c.ObservedAt)));
        Assert.Single(reports.Select(c => c.TrackRef).Distinct());
    }

    [Fact]
    public void Planned_target_that_is_not_of_the_right_kind_is_refused()
    {
        var simulator = Simulator(IncidentSchedule.Exactly(new PlannedIncident(IncidentKind.PollutionSpike, TimeSpan.Zero, HalfHour, "cam-001")));

        var error = Assert.Throws<InvalidOperationException>(() => simulator.NextTick());

        Assert.Contains("'cam-001' is not a air-quality monitor", error.Message);
    }

    [Fact]
    public void Benign_low_confidence_stops_occur_without_incidents()
    {
        var simulator = Simulator(tick: TimeSpan.FromMinutes(5));

        var stops = simulator.Ticks(12 * 24).SelectMany(t => t.Events).OfType<CameraEvent>().Where(c => c.Event == CameraEventKind.StoppedVehicle).ToList();

        // About one per camera-day: 120 expected.
        Assert.InRange(stops.Count, 70, 180);
        Assert.All(stops, s => Assert.InRange(s.Confidence!.Value, 0.3, 0.6));
        Assert.Empty(simulator.Incidents);
    }

    private static bool SameReading(CityEvent a, CityEvent b) => (a, b) switch
    {
        (CameraEvent x, CameraEvent y) => x with { Counts = y.Counts } == y && x.Counts.SequenceEqual(y.Counts),
        _ => a == b,
    };
}
