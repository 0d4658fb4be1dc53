using BenchmarkDotNet.Running;
using GillRepro.Benchmarks;
using GillRepro.Benchmarks.Generation;

// Run all:            dotnet run -c Release --project tests/GillRepro.Benchmarks -- --filter '*'
// One class:          dotnet run -c Release --project tests/GillRepro.Benchmarks -- --filter '*ScalingBenchmarks*'
// Seed vs Split:      dotnet run -c Release --project tests/GillRepro.Benchmarks -- --interleaved
// Synthetic pages:   dotnet run -c Release --project tests/GillRepro.Benchmarks -- --generate COUNT FOLDER [SEED]
if (args is ["--generate", var count, var folder, .. var rest])
{
    Generate.Run(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), folder, rest is [var seed] ? int.Parse(seed, System.Globalization.CultureInfo.InvariantCulture) : 1);
    return;
}
if (args is ["--interleaved"])
{
    Interleaved.Run();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
