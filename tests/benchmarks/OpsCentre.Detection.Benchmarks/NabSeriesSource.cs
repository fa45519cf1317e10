using OpsCentre.Detection.Nab;
using OpsCentre.Tests;

namespace OpsCentre.Detection.Benchmarks;

/// <summary>Real NAB series to benchmark on: machine_temperature_system_failure is the longest shipped file.</summary>
internal static class NabSeriesSource
{
    public static NabSeries MachineTemperature() =>
        NabCsv.Read(TestData.File("nab", "data", "realKnownCause", "machine_temperature_system_failure.csv"), "realKnownCause/machine_temperature_system_failure.csv");
}
