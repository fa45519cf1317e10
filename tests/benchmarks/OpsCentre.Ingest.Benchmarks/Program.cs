using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/benchmarks/OpsCentre.Ingest.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
