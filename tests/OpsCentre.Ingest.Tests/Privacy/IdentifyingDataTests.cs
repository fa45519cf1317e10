using OpsCentre.Ingest.Privacy;

namespace OpsCentre.Ingest.Tests.Privacy;

public sealed class IdentifyingDataTests
{
    [Theory]
    [InlineData("recognized_license_plate")]
    [InlineData("numberPlate")]
    [InlineData("VRM")]
    [InlineData("sub_label")]
    [InlineData("faceId")]
    [InlineData("thumb_path")]
    [InlineData("snapshot")]
    [InlineData("mac-address")]
    [InlineData("driverName")]
    public void Field_names_that_carry_personal_data_are_recognised(string name) => Assert.True(IdentifyingData.IsIdentifyingFieldName(name));

    [Theory]
    [InlineData("assetId")]
    [InlineData("observedAt")]
    [InlineData("speedKph")]
    [InlineData("counts")]
    [InlineData("zone")]
    [InlineData("trackRef")]
    [InlineData("confidence")]
    public void Contract_field_names_are_not_identifying(string name) => Assert.False(IdentifyingData.IsIdentifyingFieldName(name));

    [Theory]
    [InlineData("ABC12345")]
    [InlineData("AB12 CDE")]
    [InlineData("WX19KLM")]
    public void Plate_shaped_values_are_recognised(string value) => Assert.True(IdentifyingData.LooksLikeNumberPlate(value));

    [Theory]
    [InlineData("northbound")]
    [InlineData("front_yard")]
    [InlineData("A38")]
    [InlineData("M32 J3")]
    [InlineData("car")]
    public void Zone_and_class_names_are_not_plates(string value) => Assert.False(IdentifyingData.LooksLikeNumberPlate(value));
}
