using System.Text.Json;
using OpsCentre.Contracts;
using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Contracts.Readings;
using OpsCentre.Ingest.Decoding;
using OpsCentre.Ingest.Simulation;
using static OpsCentre.Ingest.Tests.Simulation.SimulatorFixture;

namespace OpsCentre.Ingest.Tests.Simulation;

public sealed class CityFeedSimulatorTests
{
    [Fact]
    public void Same_seed_gives_the_same_events_and_incidents()
    {
        var first = Simulator(IncidentSchedule.Random(200), seed: 11);
        var second = Simulator(IncidentSchedule.Random(200), seed: 11);

        Assert.Equal(Wire(first.Ticks(30)), Wire(second.Ticks(30)));
        Assert.NotEmpty(first.Incidents);
        Assert.Equal(first.Incidents.Select(Describe), second.Incidents.Select(Describe));
    }

    [Fact]
    public void Different_seed_gives_a_different_feed() =>
        Assert.NotEqual(Wire(Simulator(seed: 1).Ticks(5)), Wire(Simulator(seed: 2).Ticks(5)));

    [Fact]
    public void Every_asset_reports_once_per_tick_and_air_monitors_report_both_pollutants()
    {
        var simulator = Simulator();
        var tick = simulator.NextTick();

        var reporting = tick.Events.GroupBy(e => e.AssetId).ToDictionary(g => g.Key, g => g.Count());
        var expected = CityAssets.Where(a => a.Kind != AssetKind.Junction).ToList();
        Assert.Equal(expected.Count, reporting.Count);
        Assert.All(expected, a => Assert.Equal(a.Kind == AssetKind.AirQualityMonitor ? 2 : 1, reporting[a.AssetId]));
        Assert.Equal(simulator.EventsPerTick, tick.Events.Count);
        Assert.All(tick.Events, e => Assert.Equal(Monday, e.ObservedAt));
    }

    [Fact]
    public void Ticks_advance_by_the_tick_interval()
    {
        var ticks = Simulator(tick: TimeSpan.FromMinutes(5)).Ticks(3).Select(t => t.At).ToList();

        Assert.Equal([Monday, Monday.AddMinutes(5), Monday.AddMinutes(10)], ticks);
    }

    [Fact]
    public void A_day_of_feed_with_incidents_passes_the_decoder()
    {
        var simulator = Simulator(IncidentSchedule.Random(150), tick: TimeSpan.FromMinutes(20));
        var directory = BristolData.LoadCatalogue();
        var clock = new ManualClock(Monday);
        var decoder = new CityEventDecoder(directory, clock);
        var decoded = 0;

        foreach (var tick in simulator.Ticks(72))
        {
            clock.SetUtcNow(tick.At);
            foreach (var cityEvent in tick.Events)
            {
                var result = decoder.Decode(TopicOf(cityEvent), JsonSerializer.SerializeToUtf8Bytes(cityEvent, ContractJson.Default.CityEvent));
                if (result is not Decoded)
                {
                    Assert.Fail($"{cityEvent} was {result}");
                }

                decoded++;
            }
        }

        Assert.Equal(72 * simulator.EventsPerTick, decoded);
        Assert.True(simulator.Incidents.Count > 20, $"only {simulator.Incidents.Count} incidents");
    }

    [Fact]
    public void Weekday_rush_hour_is_far_busier_than_the_night_and_than_the_weekend_peak()
    {
        var ticks = Simulator(variability: 0, tick: TimeSpan.FromHours(1)).Ticks(24 * 7).ToList();
        double CityFlow(int day, int hour) => ticks[(day * 24) + hour].Events.OfType<TrafficReading>().Sum(r => r.FlowVehiclesPerHour);

        var mondayAmPeak = CityFlow(0, 8);
        var mondayNight = CityFlow(0, 3);
        var saturdayBusiest = Enumerable.Range(0, 24).Max(h => CityFlow(5, h));
        Assert.True(mondayAmPeak > 8 * mondayNight, $"AM peak {mondayAmPeak} vs night {mondayNight}");
        Assert.True(mondayAmPeak > 1.3 * saturdayBusiest, $"AM peak {mondayAmPeak} vs Saturday {saturdayBusiest}");
        Assert.True(CityFlow(0, 17) > 1.3 * CityFlow(0, 12), "PM peak should stand above the inter-peak");
    }

    [Fact]
    public void Congestion_at_the_peak_slows_traffic_and_travel_time_is_length_over_speed()
    {
        var ticks = Simulator(variability: 0, tick: TimeSpan.FromHours(1)).Ticks(24).ToList();
        var link = First(AssetKind.RoadLink);
        var night = ticks.Traffic(link.AssetId).ElementAt(3);
        var peak = ticks.Traffic(link.AssetId).ElementAt(17);

        Assert.True(peak.SpeedKph < night.SpeedKph);
        Assert.Equal(link.LengthMetres!.Value / (peak.SpeedKph / 3.6), peak.TravelTimeSeconds, 0);
    }

    [Fact]
    public void Camera_counts_follow_traffic_and_people_follow_footfall()
    {
        var ticks = Simulator(tick: TimeSpan.FromMinutes(15)).Ticks(96).ToList();
        var camera = First(AssetKind.Camera).AssetId;
        var byHour = ticks.Camera(camera).GroupBy(c => c.ObservedAt.Hour).ToDictionary(g => g.Key, g => g.ToList());

        Assert.True(byHour[8].Sum(c => c.Counts["car"]) > 3 * byHour[3].Sum(c => c.Counts["car"]));
        Assert.True(byHour[13].Sum(c => c.Counts["person"]) > byHour[3].Sum(c => c.Counts["person"]));
        Assert.All(ticks.Camera(camera), c => Assert.Equal(["car", "bus", "truck", "bicycle", "person"], c.Counts.Keys));
    }

    [Fact]
    public void Streetlights_are_lit_at_night_dimmed_after_midnight_and_off_by_day()
    {
        var ticks = Simulator(variability: 0, tick: TimeSpan.FromHours(1)).Ticks(24).ToList();
        var light = First(AssetKind.Streetlight).AssetId;
        var power = ticks.Sensor(light, Quantity.LampPowerWatts).Select(r => r.Value).ToList();

        Assert.Equal(0.4, power[12]);
        Assert.True(power[21] > 30, $"21:00 {power[21]} W");
        Assert.Equal(power[21] * 0.6, power[2], 1);
    }

    [Fact]
    public void River_is_tidal_with_a_larger_range_downstream()
    {
        var ticks = Simulator(variability: 0, tick: TimeSpan.FromMinutes(30)).Ticks(48).ToList();
        double Range(string gauge)
        {
            var levels = ticks.Sensor(gauge, Quantity.RiverLevelMetres).Select(r => r.Value).ToList();
            return levels.Max() - levels.Min();
        }

        var upstream = Range("river-001");
        var downstream = Range("river-006");
        Assert.True(upstream > 1, $"upstream range {upstream}");
        Assert.True(downstream > 2 * upstream, $"downstream {downstream} vs upstream {upstream}");
    }

    [Fact]
    public void Indoor_humidity_peaks_in_the_morning_shower_hour()
    {
        var ticks = Simulator(variability: 0, tick: TimeSpan.FromMinutes(30)).Ticks(48).ToList();
        var home = First(AssetKind.HousingSensor).AssetId;
        var humidity = ticks.Sensor(home, Quantity.RelativeHumidity).ToDictionary(r => r.ObservedAt.TimeOfDay, r => r.Value);

        Assert.True(humidity[TimeSpan.FromHours(7.5)] > humidity[TimeSpan.FromHours(15)] + 4);
    }

    [Fact]
    public void Catch_up_emits_the_ticks_due_by_the_clock_and_no_more()
    {
        var clock = new ManualClock(Monday);
        var simulator = Simulator();

        Assert.Single(simulator.CatchUp(clock));
        Assert.Empty(simulator.CatchUp(clock));
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal([Monday.AddMinutes(1), Monday.AddMinutes(2), Monday.AddMinutes(3), Monday.AddMinutes(4), Monday.AddMinutes(5)], simulator.CatchUp(clock).Select(t => t.At));
    }

    [Fact]
    public void Catch_up_is_bounded_when_the_clock_is_far_ahead()
    {
        var clock = new ManualClock(Monday.AddDays(30));

        Assert.Equal(10, Simulator().CatchUp(clock, maxTicks: 10).Count);
    }

    [Fact]
    public void Options_outside_their_ranges_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Simulator(tick: TimeSpan.FromHours(2)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Simulator(variability: 4));
        Assert.Throws<ArgumentException>(() => new CityFeedSimulator(CityAssets, new CityFeedOptions(Monday, TimeZoneId: "Mars/Olympus_Mons")));
    }

    private static string TopicOf(CityEvent cityEvent) => cityEvent switch
    {
        TrafficReading => CityTopics.Traffic,
        CameraEvent => CityTopics.Cctv,
        _ => CityTopics.Sensors,
    };

    private static List<string> Wire(IEnumerable<SimulatedTick> ticks) =>
        [.. ticks.SelectMany(t => t.Events).Select(e => JsonSerializer.Serialize(e, ContractJson.Default.CityEvent))];

    private static string Describe(InjectedIncident incident) =>
        $"{incident.Kind} {string.Join(",", incident.AssetIds)} {incident.Start:O} {incident.End:O} {incident.Location}";
}
