using OpsCentre.Contracts.Assets;
using OpsCentre.Ingest.Catalogue;

namespace OpsCentre.Assets.Tests.Support;

/// <summary>A handful of Bristol assets, one of each kind the tests feed.</summary>
internal static class TestAssets
{
    public static readonly AssetDescriptor Link = new("link-A1", AssetKind.RoadLink, "Bath Road inbound", new GeoPoint(51.4432, -2.5750), LengthMetres: 820);
    public static readonly AssetDescriptor Monitor = new("aq-1", AssetKind.AirQualityMonitor, "Temple Way monitor", new GeoPoint(51.4551, -2.5839));
    public static readonly AssetDescriptor Camera = new("cam-1", AssetKind.Camera, "Cabot Circus camera", new GeoPoint(51.4590, -2.5840));
    public static readonly AssetDescriptor Lamp = new("light-1", AssetKind.Streetlight, "Lamp on Park Row", new GeoPoint(51.4560, -2.6030));

    public static CityCatalogue Catalogue() => new([Link, Monitor, Camera, Lamp]);
}
