using System.IO.Compression;
using System.Text.Json;
using OpsCentre.Console.Views;
using OpsCentre.Tests;

namespace OpsCentre.Console.Tests.Views;

public sealed class RoadLinkLayerTests
{
    private static readonly MapLayerContent Layer = RoadLinkLayer.Load(TestData.DataRoot);

    [Fact]
    public void Every_bristol_journey_link_becomes_a_feature_named_by_its_asset_id()
    {
        using var json = JsonDocument.Parse(Layer.Json);
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToList();

        Assert.Equal(240, features.Count);
        Assert.Equal(240, Layer.FeatureCount);
        var first = features[0].GetProperty("properties");
        Assert.Equal("link-02-E", first.GetProperty("assetId").GetString());
        Assert.Equal("M32 IB > Bond St WB", first.GetProperty("name").GetString());
        Assert.Equal(431, first.GetProperty("lengthMetres").GetDouble());
        Assert.Equal("LineString", features[0].GetProperty("geometry").GetProperty("type").GetString());
    }

    [Fact]
    public void Coordinates_are_rounded_to_six_decimals_and_the_layer_is_smaller_than_the_source()
    {
        using var json = JsonDocument.Parse(Layer.Json);
        var point = json.RootElement.GetProperty("features")[0].GetProperty("geometry").GetProperty("coordinates")[0];

        Assert.Equal(-2.58223, point[0].GetDouble());
        Assert.Equal(51.460194, point[1].GetDouble());
        Assert.True(Layer.Json.Length < new FileInfo(TestData.File(RoadLinkLayer.RelativePath.Split('/'))).Length);
    }

    [Fact]
    public void The_gzip_copy_holds_the_same_json()
    {
        using var gzip = new GZipStream(new MemoryStream(Layer.Gzip), CompressionMode.Decompress);
        using var unzipped = new MemoryStream();
        gzip.CopyTo(unzipped);

        Assert.Equal(Layer.Json, unzipped.ToArray());
        Assert.True(Layer.Gzip.Length < Layer.Json.Length / 3);
    }

    [Fact]
    public void A_missing_data_folder_is_reported_with_the_file_it_needed()
    {
        var error = Assert.Throws<FileNotFoundException>(() => RoadLinkLayer.Load(null));

        Assert.Contains(RoadLinkLayer.RelativePath, error.Message);
    }
}
