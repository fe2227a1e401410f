namespace Structures.Tests.Benchmarks;

// A condition asked again and again, on the wall clock, until it holds or the limit passes.
internal static class BenchWait
{
    public static async Task<bool> UntilAsync(Func<Task<bool>> condition, TimeSpan limit, TimeSpan every)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (TimeProvider.System.GetElapsedTime(started) < limit)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(every);
        }

        return false;
    }
}
