using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Readings;
using OpsCentre.Ingest.Interop.Sentilo;
using OpsCentre.Tests;

namespace OpsCentre.Ingest.Tests.Interop.Sentilo;

public sealed class SentiloAdapterTests
{
    private static readonly DateTimeOffset Received = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Catalog_body_registers_each_sensor_at_its_location()
    {
        var (translation, sensors) = SentiloCatalogue.Read(Shipped("catalog_03_catalog_create_sensors.json"));

        Assert.Equal(8, translation.NewAssets.Count);
        var first = translation.NewAssets.Single(a => a.AssetId == "damp-sentilo-TEST_API20_SENSOR_001");
        Assert.Equal(AssetKind.HousingSensor, first.Kind);
        Assert.Equal(new GeoPoint(41.39479, 2.148768), first.Location);
        Assert.Equal(new SentiloSensor("damp-sentilo-TEST_API20_SENSOR_001", Quantity.RelativeHumidity), sensors["TEST_API20_SENSOR_001"]);
    }

    [Fact]
    public void Unmapped_sensor_type_is_noted_and_skipped()
    {
        var (translation, sensors) = SentiloCatalogue.Read(Shipped("catalog_03_catalog_create_sensors.json"), new Dictionary<string, (AssetKind, Quantity)>());

        Assert.Empty(translation.NewAssets);
        Assert.Empty(sensors);
        Assert.All(translation.Notes, n => Assert.Equal("sensor type 'humidity' is not mapped", n));
    }

    [Fact]
    public void Observation_without_a_timestamp_is_stamped_on_receipt()
    {
        var adapter = Adapter();

        var reading = Assert.IsType<SensorReading>(Assert.Single(adapter.Translate("TEST_API20_SENSOR_001", Shipped("data_02_data_publish_observation_of_a_sensor_body.json")).Events));

        Assert.Equal(new SensorReading("damp-sentilo-TEST_API20_SENSOR_001", Received, Quantity.RelativeHumidity, 12.3), reading);
    }

    [Fact]
    public void Several_observations_become_several_readings_in_order() =>
        Assert.Equal(
            [10.1, 11.2, 12.3],
            Adapter().Translate("TEST_API20_SENSOR_001", Shipped("data_03_data_publish_several_observations_of_a_sensor.json")).Events.Cast<SensorReading>().Select(r => r.Value));

    [Fact]
    public void Sentilo_timestamp_is_read_as_utc()
    {
        var body = """{"observations":[{"value":"55","timestamp":"17/09/2012T12:34:45"}]}"""u8;

        var reading = Assert.Single(Adapter().Translate("TEST_API20_SENSOR_001", body).Events);

        Assert.Equal(new DateTimeOffset(2012, 9, 17, 12, 34, 45, TimeSpan.Zero), reading.ObservedAt);
    }

    [Fact]
    public void Unknown_sensor_is_skipped() =>
        Assert.Empty(Adapter().Translate("NOT_IN_CATALOG", Shipped("data_02_data_publish_observation_of_a_sensor_body.json")).Events);

    private static SentiloObservationAdapter Adapter() =>
        new(SentiloCatalogue.Read(Shipped("catalog_03_catalog_create_sensors.json")).Sensors, new ManualClock(Received));

    private static byte[] Shipped(string file) => File.ReadAllBytes(TestData.File("city", "interop", "sentilo", file));
}
