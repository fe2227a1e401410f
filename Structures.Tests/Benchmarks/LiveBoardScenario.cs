namespace Structures.Tests.Benchmarks;

public static class LiveBoardScenario
{
    public static Task<BenchResult> RunAsync(bool smoke) => throw new NotImplementedException();
}
