namespace Structures.Tests.Benchmarks;

public static class CacheDelayScenario
{
    public static Task<BenchResult> RunAsync(bool smoke) => throw new NotImplementedException();
}
