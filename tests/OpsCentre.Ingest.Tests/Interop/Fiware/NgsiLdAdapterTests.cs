using System.Text.Json;
using OpsCentre.Contracts;
using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Contracts.Readings;
using OpsCentre.Ingest.Assets;
using OpsCentre.Ingest.Decoding;
using OpsCentre.Ingest.Interop.Fiware;
using OpsCentre.Tests;

namespace OpsCentre.Ingest.Tests.Interop.Fiware;

public sealed class NgsiLdAdapterTests
{
    private readonly AssetDirectory _directory = new();

    [Fact]
    public void Air_quality_entity_gives_no2_and_temperature_readings_at_the_observation_time()
    {
        var translation = new NgsiLdAdapter(_directory).Translate(Example("AirQualityObserved"));

        var readings = translation.Events.Cast<SensorReading>().ToDictionary(r => r.Quantity);
        Assert.Equal(2, readings.Count);
        Assert.Equal(69, readings[Quantity.No2].Value);
        Assert.Equal(12.2, readings[Quantity.TemperatureCelsius].Value);
        Assert.All(readings.Values, r => Assert.Equal(new DateTimeOffset(2016, 3, 15, 11, 0, 0, TimeSpan.Zero), r.ObservedAt));
    }

    [Fact]
    public void Air_quality_entity_from_an_unknown_device_registers_a_monitor_at_its_location()
    {
        var translation = new NgsiLdAdapter(_directory).Translate(Example("AirQualityObserved"));

        var asset = Assert.Single(translation.NewAssets);
        Assert.Equal("aq-ngsi-28079004-Pza.deEspanya", asset.AssetId);
        Assert.Equal(AssetKind.AirQualityMonitor, asset.Kind);
        Assert.Equal(40.423852777777775, asset.Location.Lat, 9);
        Assert.Equal(-3.712247222222222, asset.Location.Lon, 9);
        Assert.Contains("Plaza de España, Madrid", asset.Name);
        Assert.All(translation.Events, e => Assert.Equal(asset.AssetId, e.AssetId));
    }

    [Fact]
    public void Pollutants_without_a_quantity_are_noted_not_guessed()
    {
        var translation = new NgsiLdAdapter(_directory).Translate(Example("AirQualityObserved"));

        Assert.Contains(translation.Notes, n => n.StartsWith("co:", StringComparison.Ordinal));
        Assert.Contains(translation.Notes, n => n.StartsWith("so2:", StringComparison.Ordinal));
        Assert.DoesNotContain(translation.Events.Cast<SensorReading>(), r => r.Value == 500);
    }

    [Fact]
    public void Concentration_in_milligrams_is_converted_to_micrograms()
    {
        var json = File.ReadAllText(ExamplePath("AirQualityObserved"))
            .Replace("\"value\": 69,\n      \"unitCode\": \"GQ\"", "\"value\": 0.069,\n      \"unitCode\": \"GP\"", StringComparison.Ordinal);
        Assert.Contains("0.069", json);

        var no2 = new NgsiLdAdapter(_directory).Translate(System.Text.Encoding.UTF8.GetBytes(json)).Events.Cast<SensorReading>().Single(r => r.Quantity == Quantity.No2);

        Assert.Equal(69, no2.Value, 9);
    }

    [Fact]
    public void Noise_entity_gives_the_laeq_at_the_end_of_its_hour()
    {
        var translation = new NgsiLdAdapter(_directory).Translate(Example("NoiseLevelObserved"));

        var reading = Assert.IsType<SensorReading>(Assert.Single(translation.Events));
        Assert.Equal(Quantity.NoiseDba, reading.Quantity);
        Assert.Equal(67.8, reading.Value);
        Assert.Equal(new DateTimeOffset(2016, 12, 28, 12, 0, 0, TimeSpan.Zero), reading.ObservedAt);
        Assert.Equal("noise-ngsi-Vitoria-NoiseLevelObserved", Assert.Single(translation.NewAssets).AssetId);
    }

    [Fact]
    public void Traffic_flow_entity_gives_vehicles_per_hour_and_travel_time_over_its_line()
    {
        var translation = new NgsiLdAdapter(_directory).Translate(Example("TrafficFlowObserved"));

        var link = Assert.Single(translation.NewAssets);
        var reading = Assert.IsType<TrafficReading>(Assert.Single(translation.Events));
        Assert.Equal(AssetKind.RoadLink, link.Kind);
        Assert.Equal(3, link.Path!.Count);
        Assert.Equal(197 * 12, reading.FlowVehiclesPerHour, 6);
        Assert.Equal(52.6, reading.SpeedKph);
        Assert.Equal(link.LengthMetres!.Value / (52.6 / 3.6), reading.TravelTimeSeconds, 0);
        Assert.Equal(new DateTimeOffset(2016, 12, 7, 11, 15, 0, TimeSpan.Zero), reading.ObservedAt);
    }

    [Fact]
    public void Crowd_flow_entity_gives_a_person_count_from_a_camera()
    {
        var translation = new NgsiLdAdapter(_directory).Translate(Example("CrowdFlowObserved"));

        var camera = Assert.IsType<CameraEvent>(Assert.Single(translation.Events));
        Assert.Equal(100, camera.Counts["person"]);
        Assert.Equal(CameraEventKind.None, camera.Event);
        Assert.Equal(AssetKind.Camera, Assert.Single(translation.NewAssets).Kind);
    }

    [Fact]
    public void Congested_crowd_is_a_crowd_event()
    {
        var congested = File.ReadAllText(ExamplePath("CrowdFlowObserved")).Replace("\"value\": false", "\"value\": true", StringComparison.Ordinal);

        var camera = Assert.IsType<CameraEvent>(Assert.Single(new NgsiLdAdapter(_directory).Translate(System.Text.Encoding.UTF8.GetBytes(congested)).Events));

        Assert.Equal(CameraEventKind.Crowd, camera.Event);
    }

    [Fact]
    public void Device_already_in_the_directory_registers_nothing_new()
    {
        var first = new NgsiLdAdapter(_directory).Translate(Example("NoiseLevelObserved"));
        _directory.TryRegister(Assert.Single(first.NewAssets));

        var second = new NgsiLdAdapter(_directory).Translate(Example("NoiseLevelObserved"));

        Assert.Empty(second.NewAssets);
        Assert.Single(second.Events);
    }

    [Fact]
    public void Mapped_device_reports_under_the_catalogue_asset_id()
    {
        _directory.TryRegister(new AssetDescriptor("aq-001", AssetKind.AirQualityMonitor, "Catalogue monitor", new GeoPoint(51.45, -2.59)));
        var options = new NgsiLdOptions(new Dictionary<string, string> { ["urn:ngsi-ld:PointOfInterest:28079004-Pza.deEspanya"] = "aq-001" });

        var translation = new NgsiLdAdapter(_directory, options).Translate(Example("AirQualityObserved"));

        Assert.Empty(translation.NewAssets);
        Assert.All(translation.Events, e => Assert.Equal("aq-001", e.AssetId));
    }

    [Fact]
    public void Unknown_device_is_skipped_when_registration_is_off()
    {
        var translation = new NgsiLdAdapter(_directory, new NgsiLdOptions(RegisterUnknownDevices: false)).Translate(Example("NoiseLevelObserved"));

        Assert.Empty(translation.Events);
        Assert.Contains("registering devices is off", Assert.Single(translation.Notes));
    }

    [Fact]
    public void Device_mapped_to_an_asset_of_another_kind_is_skipped()
    {
        _directory.TryRegister(new AssetDescriptor("cam-001", AssetKind.Camera, "A camera", new GeoPoint(51.45, -2.59)));
        var options = new NgsiLdOptions(new Dictionary<string, string> { ["urn:ngsi-ld:NoiseLevelObserved:Vitoria-NoiseLevelObserved"] = "cam-001" });

        var translation = new NgsiLdAdapter(_directory, options).Translate(Example("NoiseLevelObserved"));

        Assert.Empty(translation.Events);
        Assert.Contains("is a Camera, not a NoiseSensor", Assert.Single(translation.Notes));
    }

    [Fact]
    public void Unmapped_entity_type_is_skipped() =>
        Assert.Equal("entity type 'Alert' is not mapped", Assert.Single(new NgsiLdAdapter(_directory).Translate(Example("Alert")).Notes));

    [Theory]
    [InlineData("AirQualityObserved")]
    [InlineData("NoiseLevelObserved")]
    [InlineData("TrafficFlowObserved")]
    [InlineData("CrowdFlowObserved")]
    public void Translated_events_pass_the_decoder_once_their_asset_is_registered(string entityType)
    {
        var translation = new NgsiLdAdapter(_directory).Translate(Example(entityType));
        foreach (var asset in translation.NewAssets)
        {
            _directory.TryRegister(asset);
        }

        var decoder = new CityEventDecoder(_directory, new ManualClock(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)), DecoderOptions.ForReplay);
        foreach (var cityEvent in translation.Events)
        {
            var topic = cityEvent switch { TrafficReading => CityTopics.Traffic, CameraEvent => CityTopics.Cctv, _ => CityTopics.Sensors };
            Assert.IsType<Decoded>(decoder.Decode(topic, JsonSerializer.SerializeToUtf8Bytes(cityEvent, ContractJson.Default.CityEvent)));
        }

        Assert.NotEmpty(translation.Events);
    }

    private static string ExamplePath(string entityType) => TestData.File("city", "interop", "fiware", entityType, "example-normalized.jsonld");

    private static byte[] Example(string entityType) => File.ReadAllBytes(ExamplePath(entityType));
}
