using OpsCentre.Contracts.Kafka;
using OpsCentre.Contracts.Readings;
using OpsCentre.Ingest.Decoding;
using static OpsCentre.Ingest.Tests.Decoding.DecoderFixture;

namespace OpsCentre.Ingest.Tests.Decoding;

public sealed class CityEventDecoderTests
{
    private readonly CityEventDecoder _decoder = Decoder();

    [Fact]
    public void Valid_traffic_reading_decodes_with_its_values()
    {
        var decoded = Assert.IsType<Decoded>(_decoder.Decode(CityTopics.Traffic, Utf8(Traffic)));

        var reading = Assert.IsType<TrafficReading>(decoded.Event);
        Assert.Equal("link-01-A", reading.AssetId);
        Assert.Equal(42.5, reading.SpeedKph);
        Assert.Equal(Now.AddMinutes(-1), reading.ObservedAt);
    }

    [Fact]
    public void Valid_camera_event_decodes_with_counts_and_event()
    {
        var decoded = Assert.IsType<Decoded>(_decoder.Decode(CityTopics.Cctv, Utf8(Camera)));

        var camera = Assert.IsType<CameraEvent>(decoded.Event);
        Assert.Equal(12, camera.Counts["car"]);
        Assert.Equal(CameraEventKind.StoppedVehicle, camera.Event);
    }

    [Fact]
    public void Valid_sensor_reading_decodes_even_with_the_type_property_last()
    {
        const string typeLast = """{"assetId":"aq-001","observedAt":"2025-03-01T11:59:00Z","quantity":"No2","value":41.5,"type":"sensor"}""";

        var decoded = Assert.IsType<Decoded>(_decoder.Decode(CityTopics.Sensors, Utf8(typeLast)));

        Assert.Equal(new SensorReading("aq-001", Now.AddMinutes(-1), Quantity.No2, 41.5), decoded.Event);
    }

    [Fact]
    public void Message_over_the_size_limit_is_rejected_before_parsing()
    {
        var decoder = Decoder(new DecoderOptions(MaxMessageBytes: 1024));
        var padded = Traffic + new string(' ', 1024);

        AssertRejected(decoder.Decode(CityTopics.Traffic, Utf8(padded)), RejectionReason.Oversized, "limit is 1024");
    }

    [Fact]
    public void Default_size_limit_is_64_KiB()
    {
        var justOver = Traffic[..^1] + new string(' ', (64 * 1024) - Traffic.Length + 1) + "}";

        AssertRejected(_decoder.Decode(CityTopics.Traffic, Utf8(justOver)), RejectionReason.Oversized, "65537 bytes");
    }

    [Theory]
    [InlineData("""{"type":"traffic","assetId":""", "not valid JSON")]
    [InlineData("not json at all", "not valid JSON")]
    [InlineData("""[{"type":"traffic"}]""", "not Array")]
    [InlineData("null", "not null")]
    public void Malformed_json_is_rejected(string message, string detail) =>
        AssertRejected(_decoder.Decode(CityTopics.Traffic, Utf8(message)), RejectionReason.MalformedJson, detail);

    [Fact]
    public void Unknown_type_discriminator_is_rejected_and_the_known_types_listed() =>
        AssertRejected(
            _decoder.Decode(CityTopics.Traffic, Utf8(Traffic.Replace("\"traffic\"", "\"parking\""))),
            RejectionReason.UnknownType,
            "'parking'; known types are traffic, cctv, sensor");

    [Fact]
    public void Missing_type_discriminator_is_a_missing_field() =>
        AssertRejected(
            _decoder.Decode(CityTopics.Traffic, Utf8(Traffic.Replace("\"type\":\"traffic\",", ""))),
            RejectionReason.MissingField,
            "'type'");

    [Fact]
    public void Sensor_reading_on_the_traffic_topic_is_not_allowed() =>
        AssertRejected(
            _decoder.Decode(CityTopics.Traffic, Utf8(Sensor)),
            RejectionReason.TypeNotAllowedOnTopic,
            "sensor events are not allowed on city.traffic.v1, which carries traffic events");

    [Fact]
    public void Malformed_event_of_the_wrong_type_for_the_topic_reports_the_topic_first() =>
        AssertRejected(
            _decoder.Decode(CityTopics.Cctv, Utf8("""{"type":"traffic","assetId":"link-01-A"}""")),
            RejectionReason.TypeNotAllowedOnTopic,
            "city.cctv.v1");

    [Fact]
    public void Topic_that_carries_no_city_events_is_refused() =>
        AssertRejected(_decoder.Decode(CityTopics.Incidents, Utf8(Traffic)), RejectionReason.TypeNotAllowedOnTopic, "ops.incidents.v1");

    [Fact]
    public void Missing_required_field_is_named() =>
        AssertRejected(
            _decoder.Decode(CityTopics.Traffic, Utf8(Traffic.Replace(",\"travelTimeSeconds\":42.4", ""))),
            RejectionReason.MissingField,
            "traffic events require travelTimeSeconds");

    [Fact]
    public void Null_asset_id_is_a_missing_field() =>
        AssertRejected(
            _decoder.Decode(CityTopics.Sensors, Utf8(Sensor.Replace("\"aq-001\"", "null"))),
            RejectionReason.MissingField,
            "assetId must not be null");

    [Fact]
    public void Unknown_property_is_named_with_the_properties_the_type_has() =>
        AssertRejected(
            _decoder.Decode(CityTopics.Traffic, Utf8(Traffic.Replace("\"speedKph\"", "\"speedKmh\":1,\"speedKph\""))),
            RejectionReason.UnknownProperty,
            "'speedKmh' is not a property of traffic events");

    [Theory]
    [InlineData("\"value\":41.5", "\"value\":\"41.5\"", "$.value")]
    [InlineData("\"quantity\":\"No2\"", "\"quantity\":\"Ozone\"", "$.quantity")]
    public void Field_of_the_wrong_kind_is_an_invalid_value(string original, string replacement, string path) =>
        AssertRejected(
            _decoder.Decode(CityTopics.Sensors, Utf8(Sensor.Replace(original, replacement))),
            RejectionReason.InvalidFieldValue,
            path);

    [Fact]
    public void Numeric_quantity_outside_the_enum_is_an_invalid_value() =>
        AssertRejected(
            _decoder.Decode(CityTopics.Sensors, Utf8(Sensor.Replace("\"No2\"", "42"))),
            RejectionReason.InvalidFieldValue,
            "quantity 42");

    [Fact]
    public void Object_class_outside_the_vocabulary_is_an_invalid_value() =>
        AssertRejected(
            _decoder.Decode(CityTopics.Cctv, Utf8(Camera.Replace("\"bus\"", "\"dog\""))),
            RejectionReason.InvalidFieldValue,
            "class 'dog'");

    [Fact]
    public void Reading_from_an_asset_not_in_the_directory_is_rejected() =>
        AssertRejected(
            _decoder.Decode(CityTopics.Traffic, Utf8(Traffic.Replace("link-01-A", "link-99-Z"))),
            RejectionReason.UnknownAsset,
            "'link-99-Z'");

    [Fact]
    public void Traffic_reading_from_a_camera_is_the_wrong_asset_kind() =>
        AssertRejected(
            _decoder.Decode(CityTopics.Traffic, Utf8(Traffic.Replace("link-01-A", "cam-001"))),
            RejectionReason.WrongAssetKind,
            "traffic readings come from road links");

    [Fact]
    public void Camera_event_from_a_road_link_is_the_wrong_asset_kind() =>
        AssertRejected(
            _decoder.Decode(CityTopics.Cctv, Utf8(Camera.Replace("cam-001", "link-01-A"))),
            RejectionReason.WrongAssetKind,
            "camera events come from cameras");

    [Fact]
    public void Sensor_reading_of_a_quantity_its_sensor_does_not_measure_is_the_wrong_asset_kind() =>
        AssertRejected(
            _decoder.Decode(CityTopics.Sensors, Utf8(Sensor.Replace("aq-001", "river-001"))),
            RejectionReason.WrongAssetKind,
            "does not measure No2");

    [Theory]
    [InlineData("\"flowVehiclesPerHour\":900", "\"flowVehiclesPerHour\":-1", "flowVehiclesPerHour is -1")]
    [InlineData("\"speedKph\":42.5", "\"speedKph\":-3", "speedKph is -3")]
    [InlineData("\"speedKph\":42.5", "\"speedKph\":251", "speedKph is 251 km/h; it must be between 0 and 250")]
    [InlineData("\"travelTimeSeconds\":42.4", "\"travelTimeSeconds\":-0.5", "travelTimeSeconds is -0.5")]
    public void Impossible_traffic_value_is_out_of_range(string original, string replacement, string detail) =>
        AssertRejected(_decoder.Decode(CityTopics.Traffic, Utf8(Traffic.Replace(original, replacement))), RejectionReason.OutOfRange, detail);

    [Fact]
    public void Negative_object_count_is_out_of_range() =>
        AssertRejected(
            _decoder.Decode(CityTopics.Cctv, Utf8(Camera.Replace("\"car\":12", "\"car\":-2"))),
            RejectionReason.OutOfRange,
            "counts.car is -2");

    [Fact]
    public void Confidence_above_one_is_out_of_range() =>
        AssertRejected(
            _decoder.Decode(CityTopics.Cctv, Utf8(Camera.Replace("0.9", "1.5"))),
            RejectionReason.OutOfRange,
            "confidence is 1.5");

    [Fact]
    public void Sensor_value_outside_the_quantity_range_is_out_of_range() =>
        AssertRejected(
            _decoder.Decode(CityTopics.Sensors, Utf8(Sensor.Replace("41.5", "2500"))),
            RejectionReason.OutOfRange,
            "between 0 and 2000 µg/m³");

    [Fact]
    public void NaN_written_as_a_string_literal_is_not_accepted_as_a_number()
    {
        var result = _decoder.Decode(CityTopics.Traffic, Utf8(Traffic.Replace("42.5", "\"NaN\"")));

        Assert.Equal(RejectionReason.InvalidFieldValue, Assert.IsType<Rejected>(result).Reason);
    }

    [Fact]
    public void Observation_beyond_the_allowed_clock_skew_is_in_the_future()
    {
        var aheadBy3Minutes = Traffic.Replace("2025-03-01T11:59:00Z", "2025-03-01T12:03:00Z");

        AssertRejected(_decoder.Decode(CityTopics.Traffic, Utf8(aheadBy3Minutes)), RejectionReason.TimestampInFuture, "180s ahead");
    }

    [Fact]
    public void Observation_within_the_allowed_clock_skew_is_accepted()
    {
        var aheadBy1Minute = Traffic.Replace("2025-03-01T11:59:00Z", "2025-03-01T12:01:00Z");

        Assert.IsType<Decoded>(_decoder.Decode(CityTopics.Traffic, Utf8(aheadBy1Minute)));
    }

    [Fact]
    public void Observation_older_than_the_age_limit_is_too_old()
    {
        var twoDaysOld = Traffic.Replace("2025-03-01T11:59:00Z", "2025-02-27T11:59:00Z");

        AssertRejected(_decoder.Decode(CityTopics.Traffic, Utf8(twoDaysOld)), RejectionReason.TimestampTooOld, "the limit is 24h");
    }

    [Fact]
    public void Replay_options_accept_observations_of_any_age()
    {
        var decoder = Decoder(DecoderOptions.ForReplay);
        var from2014 = Traffic.Replace("2025-03-01T11:59:00Z", "2014-08-01T07:55:00Z");

        Assert.IsType<Decoded>(decoder.Decode(CityTopics.Traffic, Utf8(from2014)));
    }

    [Fact]
    public void Clock_moves_with_the_time_provider()
    {
        var clock = new ManualClock(Now);
        var decoder = new CityEventDecoder(DecoderFixture.Directory(), clock);
        clock.Advance(TimeSpan.FromDays(2));

        AssertRejected(decoder.Decode(CityTopics.Traffic, Utf8(Traffic)), RejectionReason.TimestampTooOld, "48h old");
    }

    [Fact]
    public void Dead_letter_reason_is_the_code_and_the_detail()
    {
        var rejected = Assert.IsType<Rejected>(_decoder.Decode(CityTopics.Traffic, Utf8(Traffic.Replace("link-01-A", "link-99-Z"))));

        Assert.Equal("unknown-asset: asset 'link-99-Z' is not in the asset directory", rejected.DeadLetterReason);
        Assert.True(rejected.MayKeepPayload);
    }

    [Fact]
    public void Options_outside_their_ranges_are_refused_with_the_option_named()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Decoder(new DecoderOptions(MaxMessageBytes: 10)));

        Assert.Contains("MaxMessageBytes must be between 256", error.Message);
    }

    internal static void AssertRejected(DecodeResult result, RejectionReason reason, string detailFragment)
    {
        var rejected = Assert.IsType<Rejected>(result);
        Assert.Equal(reason, rejected.Reason);
        Assert.Contains(detailFragment, rejected.Detail);
    }
}
