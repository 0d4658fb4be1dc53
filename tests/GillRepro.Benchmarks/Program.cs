using BenchmarkDotNet.Running;

// Run all:            dotnet run -c Release --project tests/GillRepro.Benchmarks -- --filter '*'
// One class:          dotnet run -c Release --project tests/GillRepro.Benchmarks -- --filter '*ScalingBenchmarks*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
