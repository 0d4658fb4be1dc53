using BenchmarkDotNet.Running;
using GillRepro.Benchmarks;

// Run all:            dotnet run -c Release --project tests/GillRepro.Benchmarks -- --filter '*'
// One class:          dotnet run -c Release --project tests/GillRepro.Benchmarks -- --filter '*ScalingBenchmarks*'
// Seed vs Split:      dotnet run -c Release --project tests/GillRepro.Benchmarks -- --interleaved
if (args is ["--interleaved"])
{
    Interleaved.Run();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
