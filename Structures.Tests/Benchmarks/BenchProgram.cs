namespace Structures.Tests.Benchmarks;

// The test project doubles as the benchmark command: `dotnet run --project Structures.Tests -c Release -- bench`.
// The test host never calls this entry point, so the benchmarks stay out of the test run.
internal static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || args[0] != "bench")
        {
            await Console.Error.WriteLineAsync("Usage: bench [--smoke] [--only overhead,cache,drain,sync,board,drain-cluster,sync-cluster,failover,board-cluster,image,soak] [--provider sqlite|postgres|both] [--owners N] [--minutes 10] [--pages 50] [--out results.json]");
            return 2;
        }

        var options = BenchOptions.Parse(args[1..]);
        var results = await new BenchRunner(options, Console.Out).RunAsync();
        return results.Count > 0 ? 0 : 1;
    }
}
