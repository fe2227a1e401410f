namespace Structures.Core.Data;

// One read in flight per key: callers asking for a key while its read is under way share that read, a caller that
// gives up (cancelled) leaves it to the others, and the first ask after it has ended reads afresh. After a change
// every open page asks for the same thing within the same moment; this makes that one read instead of one a page.
public sealed class SharedReads<TKey, TValue>
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Task<TValue>> _reading = [];

    public Task<TValue> ReadAsync(TKey key, Func<Task<TValue>> read, CancellationToken cancellationToken)
    {
        Task<TValue>? reading;
        lock (_gate)
        {
            if (!_reading.TryGetValue(key, out reading))
            {
                var shared = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
                reading = shared.Task;
                _reading[key] = reading;
                // Not tied to one caller's cancellation: the others wait for the same read.
                _ = Task.Run(() => RunAsync(key, read, shared), CancellationToken.None);
            }
        }

        return reading.WaitAsync(cancellationToken);
    }

    // Forgotten before anyone sees the result, so whoever asks after it has ended reads afresh.
    private async Task RunAsync(TKey key, Func<Task<TValue>> read, TaskCompletionSource<TValue> shared)
    {
        try
        {
            var value = await read();
            Forget(key);
            shared.SetResult(value);
        }
        catch (Exception ex)
        {
            Forget(key);
            shared.SetException(ex);
        }
    }

    private void Forget(TKey key)
    {
        lock (_gate)
        {
            _reading.Remove(key);
        }
    }
}
