using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using OpsCentre.Detection.Benchmarks;

// `footprint` measures retained memory per stream directly, `cpu` points per CPU-second and `interleaved [streams]
// [rounds]` the same with thousands of streams fed in turn (the city's cache-cold pattern); anything else goes to
// BenchmarkDotNet (e.g. --filter '*'). Runs are kept short: one launch, in process, one warm-up, three iterations.
if (args.Length > 0 && args[0] == "footprint")
{
    StreamFootprint.Report(Console.Out);
    return;
}

if (args.Length > 0 && args[0] == "interleaved")
{
    InterleavedStreams.Report(Console.Out, args.Length > 1 ? int.Parse(args[1]) : 3_000, args.Length > 2 ? int.Parse(args[2]) : 400);
    return;
}

if (args.Length > 0 && args[0] == "cpu")
{
    CpuTimeThroughput.Report(Console.Out);
    return;
}

var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithToolchain(InProcessEmitToolchain.Instance))
    .AddDiagnoser(MemoryDiagnoser.Default);
BenchmarkSwitcher.FromAssembly(typeof(StreamFootprint).Assembly).Run(args, config);
