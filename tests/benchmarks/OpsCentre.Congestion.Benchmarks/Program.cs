using BenchmarkDotNet.Running;

// dotnet run -c Release -- --filter '*'   (see README of this folder's parent for the machine the numbers came from)
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
