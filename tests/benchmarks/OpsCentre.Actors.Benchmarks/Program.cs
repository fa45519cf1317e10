using BenchmarkDotNet.Running;
using OpsCentre.Actors.Benchmarks;

// `dotnet run -c Release -- memory` runs the retained-memory probe; anything else goes to BenchmarkDotNet
// (e.g. `-- --filter '*Throughput*'`).
if (args is ["memory", ..])
{
    await IdleMemoryProbe.RunAsync();
}
else
{
    BenchmarkSwitcher.FromAssembly(typeof(ThroughputBenchmarks).Assembly).Run(args);
}
