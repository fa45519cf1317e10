using System.Text;
using OpsCentre.Contracts.Assets;
using OpsCentre.Ingest.Assets;
using OpsCentre.Ingest.Decoding;

namespace OpsCentre.Ingest.Tests.Decoding;

/// <summary>A small directory (one asset of each kind the decoder distinguishes) and a clock fixed at noon.</summary>
internal static class DecoderFixture
{
    public static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static AssetDirectory Directory() => new(
    [
        new AssetDescriptor("link-01-A", AssetKind.RoadLink, "A road", new GeoPoint(51.45, -2.59), LengthMetres: 500),
        new AssetDescriptor("cam-001", AssetKind.Camera, "A camera", new GeoPoint(51.45, -2.59), RoadLinkId: "link-01-A"),
        new AssetDescriptor("aq-001", AssetKind.AirQualityMonitor, "An air monitor", new GeoPoint(51.45, -2.59)),
        new AssetDescriptor("river-001", AssetKind.RiverGauge, "A gauge", new GeoPoint(51.45, -2.59)),
    ]);

    public static CityEventDecoder Decoder(DecoderOptions? options = null) => new(Directory(), new ManualClock(Now), options);

    public static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

    public const string Traffic =
        """{"type":"traffic","assetId":"link-01-A","observedAt":"2025-03-01T11:59:00Z","flowVehiclesPerHour":900,"speedKph":42.5,"travelTimeSeconds":42.4}""";

    public const string Camera =
        """{"type":"cctv","assetId":"cam-001","observedAt":"2025-03-01T11:59:00Z","counts":{"car":12,"bus":1},"event":"StoppedVehicle","confidence":0.9,"zone":"northbound","trackRef":"0123456789abcdef"}""";

    public const string Sensor =
        """{"type":"sensor","assetId":"aq-001","observedAt":"2025-03-01T11:59:00Z","quantity":"No2","value":41.5}""";
}
