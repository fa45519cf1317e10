using System.Globalization;
using BenchmarkDotNet.Running;
using OpsCentre.Assets.Benchmarks;

// dotnet run -c Release -- scale [assets]            memory per active and dormant asset, checkpoint, restore, reactivation
// dotnet run -c Release -- stage [assets] [minutes]  city-stage events/s with persistence on (ensemble, then no detection)
// dotnet run -c Release -- rebuild [assets]          reactivation cost with a full detector replay history
// anything else goes to BenchmarkDotNet, e.g. -- --filter '*SnapshotCodec*'
int Argument(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

switch (args)
{
    case ["scale", ..]:
        await ScaleProbe.RunAsync(Argument(1, 100_000));
        break;
    case ["stage", ..]:
        await StageThroughputProbe.RunAsync(Argument(1, 2_000), Argument(2, 150));
        break;
    case ["rebuild", ..]:
        await DetectorRebuildProbe.RunAsync(Argument(1, 2_000));
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(SnapshotCodecBenchmarks).Assembly).Run(args);
        break;
}
