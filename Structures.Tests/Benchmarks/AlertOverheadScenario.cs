namespace Structures.Tests.Benchmarks;

public static class AlertOverheadScenario
{
    public static Task<BenchResult> RunAsync(bool smoke) => throw new NotImplementedException();
}
