namespace Structures.Dashboard.Simulation;

// Completes once the demo owners have been added and synced for the first time.
internal sealed class DemoSeeding
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Completed => _done.Task;

    internal void Finish() => _done.TrySetResult();
}
