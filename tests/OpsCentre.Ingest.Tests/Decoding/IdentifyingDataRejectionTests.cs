using OpsCentre.Contracts.Kafka;
using OpsCentre.Ingest.Decoding;
using static OpsCentre.Ingest.Tests.Decoding.CityEventDecoderTests;
using static OpsCentre.Ingest.Tests.Decoding.DecoderFixture;

namespace OpsCentre.Ingest.Tests.Decoding;

public sealed class IdentifyingDataRejectionTests
{
    private readonly CityEventDecoder _decoder = Decoder();

    [Theory]
    [InlineData("\"plate\":\"AB12 CDE\"")]
    [InlineData("\"recognized_license_plate\":\"ABC12345\"")]
    [InlineData("\"faceId\":\"f-1\"")]
    [InlineData("\"sub_label\":\"someone\"")]
    [InlineData("\"attributes\":{\"face\":0.8}")]
    public void Camera_message_with_an_identifying_field_is_rejected_as_identifying_data(string field)
    {
        var message = Camera.Replace("\"zone\"", $"{field},\"zone\"");

        var rejected = Assert.IsType<Rejected>(_decoder.Decode(CityTopics.Cctv, Utf8(message)));

        Assert.Equal(RejectionReason.IdentifyingData, rejected.Reason);
        Assert.False(rejected.MayKeepPayload);
    }

    [Fact]
    public void Rejection_detail_names_the_field_but_never_echoes_the_plate()
    {
        var message = Camera.Replace("\"zone\"", "\"numberPlate\":\"AB12 CDE\",\"zone\"");

        var rejected = Assert.IsType<Rejected>(_decoder.Decode(CityTopics.Cctv, Utf8(message)));

        Assert.Contains("$.numberPlate", rejected.Detail);
        Assert.DoesNotContain("AB12", rejected.DeadLetterReason);
    }

    [Fact]
    public void Raw_engine_track_id_in_track_ref_is_identifying_data() =>
        AssertRejected(
            _decoder.Decode(CityTopics.Cctv, Utf8(Camera.Replace("0123456789abcdef", "1607123955.475377-mxklsc"))),
            RejectionReason.IdentifyingData,
            "trackRef is not a keyed hash");

    [Fact]
    public void Plate_shaped_zone_name_is_identifying_data() =>
        AssertRejected(
            _decoder.Decode(CityTopics.Cctv, Utf8(Camera.Replace("northbound", "ABC12345"))),
            RejectionReason.IdentifyingData,
            "$.zone");

    [Fact]
    public void Plate_used_as_a_count_class_is_identifying_data_not_an_unknown_class() =>
        AssertRejected(
            _decoder.Decode(CityTopics.Cctv, Utf8(Camera.Replace("\"bus\"", "\"WX19 KLM\""))),
            RejectionReason.IdentifyingData,
            "$.counts");

    [Fact]
    public void Identifying_data_outranks_an_unknown_asset()
    {
        var message = Camera.Replace("cam-001", "cam-999").Replace("0123456789abcdef", "raw-track-7");

        Assert.Equal(RejectionReason.IdentifyingData, Assert.IsType<Rejected>(_decoder.Decode(CityTopics.Cctv, Utf8(message))).Reason);
    }
}
