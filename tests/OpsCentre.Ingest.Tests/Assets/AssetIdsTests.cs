using OpsCentre.Contracts.Assets;
using OpsCentre.Ingest.Assets;

namespace OpsCentre.Ingest.Tests.Assets;

public sealed class AssetIdsTests
{
    [Theory]
    [InlineData("link-02-E", AssetKind.RoadLink)]
    [InlineData("jct-001", AssetKind.Junction)]
    [InlineData("cam-120", AssetKind.Camera)]
    [InlineData("aq-bcn-4", AssetKind.AirQualityMonitor)]
    [InlineData("noise-001", AssetKind.NoiseSensor)]
    [InlineData("damp-060", AssetKind.HousingSensor)]
    [InlineData("river-006", AssetKind.RiverGauge)]
    [InlineData("light-200", AssetKind.Streetlight)]
    public void Prefix_names_the_kind(string assetId, AssetKind kind) => Assert.Equal(kind, AssetIds.KindOf(assetId));

    [Theory]
    [InlineData("cam001")]
    [InlineData("cam-")]
    [InlineData("cam--1")]
    [InlineData("bus-001")]
    [InlineData("cam-has space")]
    [InlineData("cam-ümlaut")]
    public void Ids_outside_the_grammar_have_no_kind(string assetId) => Assert.Null(AssetIds.KindOf(assetId));

    [Fact]
    public void Local_part_longer_than_64_characters_is_invalid() =>
        Assert.Null(AssetIds.KindOf("cam-" + new string('a', 65)));

    [Fact]
    public void Outside_names_are_sanitised_into_the_grammar()
    {
        Assert.Equal("aq-ngsi-28079004-Pza.deEspanya", AssetIds.Create(AssetKind.AirQualityMonitor, "ngsi-28079004-Pza.deEspanya"));
        Assert.Equal("cam-front-door-north", AssetIds.Create(AssetKind.Camera, "front door / north"));
    }

    [Fact]
    public void Over_long_names_stay_distinct_after_truncation()
    {
        var first = AssetIds.Create(AssetKind.RoadLink, new string('x', 80) + "-a");
        var second = AssetIds.Create(AssetKind.RoadLink, new string('x', 80) + "-b");

        Assert.NotEqual(first, second);
        Assert.True(AssetIds.IsValid(first, AssetKind.RoadLink));
    }
}
