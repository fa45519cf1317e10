using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace OpsCentre.Actors.Benchmarks;

/// <summary>BenchmarkDotNet's short run (3 warm-ups, 3 iterations), allocations, and an operations-per-second column.</summary>
public sealed class ShortRunWithRateConfig : ManualConfig
{
    public ShortRunWithRateConfig()
    {
        AddJob(Job.ShortRun);
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new MessagesPerSecondColumn());
    }
}
