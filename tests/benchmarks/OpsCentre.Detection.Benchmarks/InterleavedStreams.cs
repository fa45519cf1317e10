using System.Diagnostics;
using OpsCentre.Detection.Ensemble;

namespace OpsCentre.Detection.Benchmarks;

/// <summary>
/// The city's access pattern rather than one stream at a time: thousands of detectors, each fed one reading in
/// turn, so every observation finds its detector's state out of cache. Points per CPU-second of this thread.
/// </summary>
public static class InterleavedStreams
{
    public static void Report(TextWriter output, int streams, int rounds)
    {
        foreach (var (name, options) in new[] { ("ensemble", new EnsembleOptions()), (CityEnsemble.Name, CityEnsemble.Options) })
        {
            var random = new Random(5);
            var detectors = new EnsembleDetector[streams];
            for (var s = 0; s < streams; s++)
            {
                detectors[s] = new EnsembleDetector(options);
            }

            var start = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var sum = 0.0;
            for (var round = 0; round < rounds; round++)
            {
                var at = start.AddMinutes(round);
                for (var s = 0; s < streams; s++)
                {
                    sum += detectors[s].Observe(at, 40 + (random.NextDouble() * 5)).Score;
                }
            }

            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var points = (double)streams * rounds;
            output.WriteLine($"{name,-22} {streams:N0} streams x {rounds} rounds: {points / cpu.TotalSeconds,12:N0} points per CPU-second ({cpu.TotalMicroseconds / points:N2} µs each; checksum {sum:0.0})");
        }
    }
}
