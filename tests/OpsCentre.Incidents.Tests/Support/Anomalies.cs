using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Operations;

namespace OpsCentre.Incidents.Tests.Support;

/// <summary>Builds anomalies as the asset shards would report them, at places around central Bristol.</summary>
internal static class Anomalies
{
    public static readonly DateTimeOffset Start = new(2026, 11, 3, 8, 0, 0, TimeSpan.Zero);

    /// <summary>A point on the A4 Portway; others are offset from it in metres.</summary>
    public static readonly GeoPoint Origin = new(51.4545, -2.5879);

    public static GeoPoint East(double metres) => new(Origin.Lat, Origin.Lon + metres / (111_320 * Math.Cos(Origin.Lat * Math.PI / 180)));

    public static Anomaly SpeedCollapse(string linkId, GeoPoint at, TimeSpan after) =>
        New(linkId, AssetKind.RoadLink, "speedKph", AnomalyPattern.Dip, after, 0.93, 4, 38, "SpectralResidual", "speed fell to 4 km/h against 38 expected", at);

    public static Anomaly StoppedVehicle(string cameraId, GeoPoint at, TimeSpan after) =>
        New(cameraId, AssetKind.Camera, "event:StoppedVehicle", AnomalyPattern.CameraEvent, after, 0.88, 1, 0, "cctv-analytics", "camera analytics reported StoppedVehicle", at);

    public static Anomaly No2Spike(string monitorId, GeoPoint at, TimeSpan after) =>
        New(monitorId, AssetKind.AirQualityMonitor, "no2", AnomalyPattern.Spike, after, 0.9, 182, 41, "IidSpike", "NO2 182 µg/m³ against 41 expected", at);

    public static Anomaly Flatline(string assetId, GeoPoint at, TimeSpan after) =>
        New(assetId, AssetKind.AirQualityMonitor, "pm25", AnomalyPattern.Flatline, after, 1, 7, 7, "SensorHealth", "pm25 stuck at 7 for 40 readings", at);

    public static Anomaly New(string assetId, AssetKind kind, string signal, AnomalyPattern pattern, TimeSpan after, double score, double observed, double expected,
        string detector, string explanation, GeoPoint at)
    {
        var observedAt = Start + after;
        return new Anomaly($"{assetId}/{signal}/{observedAt.ToUnixTimeSeconds()}", assetId, kind, signal, pattern, observedAt, score, observed, expected, detector, explanation, at,
            [new SignalSample(observedAt - TimeSpan.FromMinutes(1), expected), new SignalSample(observedAt, observed)]);
    }
}
