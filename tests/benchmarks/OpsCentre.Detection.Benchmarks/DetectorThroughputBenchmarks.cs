using BenchmarkDotNet.Attributes;
using OpsCentre.Detection.Nab;

namespace OpsCentre.Detection.Benchmarks;

/// <summary>
/// Points per second per core: one fresh detector streams a whole 22,695-point NAB file on one thread.
/// The reported mean is per point (OperationsPerInvoke), so points/s = 1e9 / mean in ns.
/// </summary>
public class DetectorThroughputBenchmarks
{
    private const int Points = 22_695;
    private readonly DetectorCatalogue _catalogue = new();
    private NabSeries _series = null!;

    [Params("ensemble", "novelty", "iid-spike", "seasonal", "spectral-residual", "sensor-health")]
    public string Detector { get; set; } = DetectorCatalogue.DefaultName;

    [GlobalSetup]
    public void LoadSeries()
    {
        _series = NabSeriesSource.MachineTemperature();
        if (_series.Length != Points)
        {
            throw new InvalidOperationException($"Expected {Points} points, found {_series.Length}.");
        }
    }

    [Benchmark(OperationsPerInvoke = Points)]
    public double StreamWholeFile()
    {
        var detector = _catalogue.Create(Detector);
        var sum = 0.0;
        for (var i = 0; i < _series.Length; i++)
        {
            sum += detector.Observe(_series.Timestamps[i], _series.Values[i]).Score;
        }

        return sum;
    }
}
