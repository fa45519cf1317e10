using System.Text;
using BenchmarkDotNet.Attributes;
using OpsCentre.Alerts.Alerting;
using OpsCentre.Alerts.Cap;
using OpsCentre.Alerts.Partners;
using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Operations;

namespace OpsCentre.Incidents.Benchmarks;

/// <summary>
/// The cost of one CAP message: composing and writing an alert for an incident with two pieces of evidence, and
/// reading plus schema-validating a real warning (the shipped thunderstorm example). Target: well under 1 ms each,
/// so alerting is never the bottleneck next to an HTTP round trip.
/// </summary>
[MemoryDiagnoser]
public class CapBenchmarks
{
    private readonly IncidentCapComposer _composer = new(new AlertingOptions());
    private readonly CapXmlReader _reader = new();
    private readonly Partner _police = new("police-avon", "Police", PartnerService.Police, new Uri("https://police.example/cap"), [new RoutingRule([])]);
    private Incident _incident = null!;
    private byte[] _warning = [];

    [GlobalSetup]
    public void Setup()
    {
        var at = new DateTimeOffset(2026, 11, 3, 8, 0, 0, TimeSpan.Zero);
        var evidence = new[]
        {
            new Anomaly("a-1", "link-portway", AssetKind.RoadLink, "speedKph", AnomalyPattern.Dip, at, 0.93, 4, 38, "SpectralResidual", "speed fell to 4 km/h", new GeoPoint(51.4545, -2.5879)),
            new Anomaly("a-2", "cam-portway", AssetKind.Camera, "event:StoppedVehicle", AnomalyPattern.CameraEvent, at.AddMinutes(2), 0.88, 1, 0, "cctv-analytics", "stopped vehicle", new GeoPoint(51.4545, -2.5858)),
        };
        _incident = new Incident("INC-1", "possible-collision", "Possible collision at link-portway", 1, IncidentState.New, at, at, new GeoPoint(51.4545, -2.5868),
            ["link-portway", "cam-portway"], evidence, "speed collapse and a stopped vehicle", 1);
        _warning = File.ReadAllBytes(OpsCentre.Tests.TestData.File("city", "interop", "cap", "thunderstorm.cap.xml"));
    }

    [Benchmark]
    public int ComposeAndWriteAlert() =>
        CapXmlWriter.Write(_composer.Compose(_incident, _police, CapMessageType.Alert, "ops.city.example.ALR-1.1", _incident.OpenedAt, [], null)).Length;

    [Benchmark]
    public int ReadAndValidateWarning() => _reader.Read(_warning).Info.Count;

    [Benchmark]
    public int SignDelivery() => OpsCentre.Alerts.Delivery.AlertSignature.Sign("ocps_secret", _incident.OpenedAt, Encoding.UTF8.GetBytes("<alert/>")).Length;
}
