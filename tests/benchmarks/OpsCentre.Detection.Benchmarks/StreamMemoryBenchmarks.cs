using BenchmarkDotNet.Attributes;
using OpsCentre.Detection.Nab;

namespace OpsCentre.Detection.Benchmarks;

/// <summary>
/// Memory a stream costs: construct the default detector and warm it with 5,000 readings. Detectors allocate
/// only when constructed (observing allocates nothing), so MemoryDiagnoser's "Allocated" is the per-stream state.
/// </summary>
public class StreamMemoryBenchmarks
{
    private NabSeries _series = null!;

    [Params("ensemble")]
    public string Detector { get; set; } = DetectorCatalogue.DefaultName;

    [GlobalSetup]
    public void LoadSeries() => _series = NabSeriesSource.MachineTemperature();

    [Benchmark]
    public IStreamDetector ConstructAndWarmUp()
    {
        var detector = new DetectorCatalogue().Create(Detector);
        for (var i = 0; i < 5_000; i++)
        {
            detector.Observe(_series.Timestamps[i], _series.Values[i]);
        }

        return detector;
    }
}
