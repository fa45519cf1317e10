using System.Text.Json;
using System.Text.Json.Nodes;
using OpsCentre.Contracts;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Contracts.Readings;
using OpsCentre.Ingest.Decoding;
using OpsCentre.Ingest.Interop.Frigate;
using OpsCentre.Tests;

namespace OpsCentre.Ingest.Tests.Interop.Frigate;

public sealed class FrigateEventAdapterTests
{
    private static readonly byte[] ShippedEvent = File.ReadAllBytes(TestData.File("city", "interop", "frigate", "frigate_events.json"));
    private static readonly byte[] ShippedReview = File.ReadAllBytes(TestData.File("city", "interop", "frigate", "frigate_reviews.json"));

    private readonly FrigateEventAdapter _adapter = new(
        new FrigateOptions(new Dictionary<string, string> { ["front_door"] = "cam-001", ["front_cam"] = "cam-001" }),
        TestSecrets.Hasher);

    [Fact]
    public void Shipped_event_becomes_one_person_count_from_the_mapped_camera()
    {
        var camera = Assert.IsType<CameraEvent>(Assert.Single(_adapter.TranslateEvent(ShippedEvent).Events));

        Assert.Equal("cam-001", camera.AssetId);
        Assert.Equal(new Dictionary<string, int> { ["person"] = 1 }, camera.Counts);
        Assert.Equal(CameraEventKind.None, camera.Event);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1607123962083), camera.ObservedAt);
        Assert.Equal(0.958984375, camera.Confidence);
        Assert.Equal("yard", camera.Zone);
    }

    [Fact]
    public void Plate_face_name_and_raw_id_appear_nowhere_in_the_output()
    {
        var translation = _adapter.TranslateEvent(ShippedEvent);
        var wire = string.Join("\n", translation.Events.Select(e => JsonSerializer.Serialize(e, ContractJson.Default.CityEvent)))
            + string.Join("\n", translation.Notes);

        Assert.Contains("cam-001", wire);
        Assert.DoesNotContain("ABC12345", wire);
        Assert.DoesNotContain("John", wire);
        Assert.DoesNotContain("Smith", wire);
        Assert.DoesNotContain("face", wire, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("1607123955.475377-mxklsc", wire);
        Assert.DoesNotContain("snapshot", wire);
        Assert.DoesNotContain("box", wire);
    }

    [Fact]
    public void Frigate_id_becomes_a_keyed_hash_track_ref_stable_across_before_and_after()
    {
        var camera = Assert.IsType<CameraEvent>(Assert.Single(_adapter.TranslateEvent(ShippedEvent).Events));

        Assert.Equal(TestSecrets.Hasher.Hash("frigate", "1607123955.475377-mxklsc"), camera.TrackRef);
        Assert.Matches("^[0-9a-f]{16}$", camera.TrackRef);
    }

    [Fact]
    public void Translated_event_passes_the_decoder()
    {
        var camera = Assert.IsType<CameraEvent>(Assert.Single(_adapter.TranslateEvent(ShippedEvent).Events));
        var decoder = new CityEventDecoder(Decoding.DecoderFixture.Directory(), new ManualClock(camera.ObservedAt), DecoderOptions.Default);

        var result = decoder.Decode(CityTopics.Cctv, JsonSerializer.SerializeToUtf8Bytes<CityEvent>(camera, ContractJson.Default.CityEvent));

        var decoded = Assert.IsType<CameraEvent>(Assert.IsType<Decoded>(result).Event);
        Assert.Equal(camera.Counts, decoded.Counts);
        Assert.Equal(camera, decoded with { Counts = camera.Counts });
    }

    [Fact]
    public void Vehicle_motionless_long_enough_is_a_stopped_vehicle()
    {
        var parked = Modified(after =>
        {
            after["label"] = "car";
            after["stationary"] = true;
            after["motionless_count"] = 650; // 130 s at 5 fps
        });

        var camera = Assert.IsType<CameraEvent>(Assert.Single(_adapter.TranslateEvent(parked).Events));

        Assert.Equal(CameraEventKind.StoppedVehicle, camera.Event);
        Assert.Equal(1, camera.Counts["car"]);
    }

    [Fact]
    public void Vehicle_stationary_only_briefly_is_not_a_stopped_vehicle()
    {
        var queueing = Modified(after =>
        {
            after["label"] = "car";
            after["stationary"] = true;
            after["motionless_count"] = 100; // 20 s at 5 fps: a red light
        });

        Assert.Equal(CameraEventKind.None, Assert.IsType<CameraEvent>(Assert.Single(_adapter.TranslateEvent(queueing).Events)).Event);
    }

    [Fact]
    public void Person_in_a_carriageway_zone_is_a_person_in_road()
    {
        var adapter = new FrigateEventAdapter(
            new FrigateOptions(new Dictionary<string, string> { ["front_door"] = "cam-001" }, RoadZones: new HashSet<string> { "driveway" }),
            TestSecrets.Hasher);

        var camera = Assert.IsType<CameraEvent>(Assert.Single(adapter.TranslateEvent(ShippedEvent).Events));

        Assert.Equal(CameraEventKind.PersonInRoad, camera.Event);
    }

    [Fact]
    public void Event_from_an_unmapped_camera_is_skipped_with_a_note()
    {
        var adapter = new FrigateEventAdapter(new FrigateOptions(new Dictionary<string, string>()), TestSecrets.Hasher);

        var translation = adapter.TranslateEvent(ShippedEvent);

        Assert.Empty(translation.Events);
        Assert.Contains("no asset mapping", Assert.Single(translation.Notes));
    }

    [Theory]
    [InlineData("license_plate")]
    [InlineData("face")]
    [InlineData("dog")]
    public void Labels_that_are_not_counted_classes_are_skipped(string label) =>
        Assert.Empty(_adapter.TranslateEvent(Modified(after => after["label"] = label)).Events);

    [Fact]
    public void False_positive_is_skipped() =>
        Assert.Empty(_adapter.TranslateEvent(Modified(after => after["false_positive"] = true)).Events);

    [Fact]
    public void Invalid_json_is_skipped_not_thrown() =>
        Assert.Equal("the payload is not valid JSON", Assert.Single(_adapter.TranslateEvent("{\"after\":"u8).Notes));

    [Fact]
    public void Shipped_review_counts_each_listed_class_without_sub_labels()
    {
        var translation = _adapter.TranslateReview(ShippedReview);
        var camera = Assert.IsType<CameraEvent>(Assert.Single(translation.Events));
        var wire = JsonSerializer.Serialize<CityEvent>(camera, ContractJson.Default.CityEvent);

        Assert.Equal(new Dictionary<string, int> { ["person"] = 1, ["car"] = 1 }, camera.Counts);
        Assert.Equal("front_yard", camera.Zone);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1718987129308), camera.ObservedAt);
        Assert.DoesNotContain("Bob", wire);
        Assert.DoesNotContain("thumb", wire);
        Assert.DoesNotContain("1718987128.947436-g92ztx", wire);
    }

    private static byte[] Modified(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(ShippedEvent)!.AsObject();
        change(root["after"]!.AsObject());
        return JsonSerializer.SerializeToUtf8Bytes(root);
    }
}
