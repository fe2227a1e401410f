namespace Structures.Tests.Benchmarks;

public static class SyncScaleScenario
{
    public static Task<BenchResult> RunAsync(bool smoke) => throw new NotImplementedException();
}
