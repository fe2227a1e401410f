namespace Structures.Tests.Core.Scheduling;

// Waits for background work on two instances by its events, never for a fixed time: the condition is looked at
// again each time one of the given events happens, until a deadline that fails the test with what was awaited.
internal static class ClusterWait
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(45);

    public static async Task UntilAsync(Func<Task<bool>> condition, Func<Task> nextEvent, string what)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        while (true)
        {
            var next = nextEvent();
            if (await condition())
            {
                return;
            }

            try
            {
                await next.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new Xunit.Sdk.XunitException($"Waited {Deadline.TotalSeconds} s for {what}, in vain.");
            }
        }
    }
}
