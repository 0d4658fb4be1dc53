using BenchmarkDotNet.Running;
using GillRepro.Benchmarks;
using GillRepro.Benchmarks.Generation;

// Run all:            dotnet run -c Release --project tests/GillRepro.Benchmarks -- --filter '*'
// One class:          dotnet run -c Release --project tests/GillRepro.Benchmarks -- --filter '*ScalingBenchmarks*'
// In alternation:    dotnet run -c Release --project tests/GillRepro.Benchmarks -- --interleaved [corpus|seed]
// Synthetic pages:   dotnet run -c Release --project tests/GillRepro.Benchmarks -- --generate COUNT FOLDER [SEED]
if (args is ["--generate", ..])
{
    if (args is not ["--generate", var count, var folder, .. var rest] || !int.TryParse(count, out var n) || n < 1 || rest.Length > 1
        || !int.TryParse(rest.FirstOrDefault() ?? "1", out var seed))
    {
        Console.Error.WriteLine("usage: --generate COUNT FOLDER [SEED], with COUNT a whole number of at least 1 and SEED a whole number");
        Environment.Exit(2);
        return;
    }
    Generate.Run(n, folder, seed);
    return;
}
if (args is ["--interleaved", ..])
{
    Interleaved.Run(args is [_, var documents] ? documents : Documents.Corpus);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
