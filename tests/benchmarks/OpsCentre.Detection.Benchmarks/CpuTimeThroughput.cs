using System.Diagnostics;

namespace OpsCentre.Detection.Benchmarks;

/// <summary>
/// Points per CPU-second for each detector: the thread's own processor time, not wall time, so the figure holds
/// on a shared machine where other work steals the core (wall-clock benchmarks there overstate the cost).
/// </summary>
public static class CpuTimeThroughput
{
    private const int Passes = 5;

    public static void Report(TextWriter output)
    {
        var series = NabSeriesSource.MachineTemperature();
        var catalogue = new DetectorCatalogue();
        foreach (var name in catalogue.Names)
        {
            var best = double.MaxValue;
            for (var pass = 0; pass < Passes; pass++)
            {
                var detector = catalogue.Create(name);
                var thread = ProcessThreadTime();
                var sum = 0.0;
                for (var i = 0; i < series.Length; i++)
                {
                    sum += detector.Observe(series.Timestamps[i], series.Values[i]).Score;
                }

                best = Math.Min(best, (ProcessThreadTime() - thread).TotalSeconds);
                GC.KeepAlive(sum);
            }

            output.WriteLine($"{name,-22} {series.Length / best,12:N0} points per CPU-second (best of {Passes} passes over {series.Length:N0} points)");
        }
    }

    /// <summary>CPU time of the whole process: the loop is the only busy thread, so it is the loop's time.</summary>
    private static TimeSpan ProcessThreadTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
