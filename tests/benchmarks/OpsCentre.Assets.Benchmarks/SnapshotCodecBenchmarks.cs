using BenchmarkDotNet.Attributes;
using OpsCentre.Assets.Detection;
using OpsCentre.Assets.Health;
using OpsCentre.Assets.Snapshots;
using OpsCentre.Assets.State;
using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Contracts.Operations;
using OpsCentre.Contracts.Readings;
using OpsCentre.Detection;

namespace OpsCentre.Assets.Benchmarks;

/// <summary>
/// The snapshot a checkpoint writes for every changed asset and a restore reads back: a road link with its two
/// signals' full history (256 readings each).
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class SnapshotCodecBenchmarks
{
    private readonly SnapshotWriter _writer = new();
    private AssetEntity _link = null!;
    private byte[] _encoded = null!;

    [GlobalSetup]
    public void Setup()
    {
        var model = new AssetModel((_, _) => new QuietDetector(), new AnomalyOptions(), new AssetHealthOptions());
        _link = new AssetEntity(new AssetDescriptor("link-bench", AssetKind.RoadLink, "Benchmark link", new GeoPoint(51.45, -2.59)), 0, model);
        var raised = new List<Anomaly>();
        for (var minute = 0; minute < 300; minute++)
        {
            _link.Observe(new TrafficReading("link-bench", SyntheticCity.Start.AddMinutes(minute), 900 + minute % 13, 45 + minute % 7, 65), CityTopics.Traffic, minute, raised);
        }

        _encoded = AssetSnapshotCodec.Encode(_link, _writer);
        Console.WriteLine($"// snapshot of a link with 2 x 256 readings: {_encoded.Length:N0} bytes");
    }

    [Benchmark]
    public byte[] Encode() => AssetSnapshotCodec.Encode(_link, _writer);

    [Benchmark]
    public AssetSnapshot Decode() => AssetSnapshotCodec.Decode(_encoded);

    [Benchmark]
    public AssetSummary ReadSummary() => AssetSnapshotCodec.ReadSummary(_encoded);

    private sealed class QuietDetector : IStreamDetector
    {
        public DetectionResult Observe(DateTime timestamp, double value) => DetectionResult.Quiet;
    }
}
