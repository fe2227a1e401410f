namespace Structures.Tests.Benchmarks;

// This process's peak working set while a scenario runs, sampled every 50 ms. Where the benchmark, the simulator and
// the app share the process, the figure is an upper bound for the app alone.
internal sealed class WorkingSetSampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _peak;
    private long _peakHeap;

    public WorkingSetSampler()
    {
        _peak = Environment.WorkingSet;
        _sampling = SampleAsync(_stop.Token);
    }

    public double PeakMegabytes => Interlocked.Read(ref _peak) / (1024.0 * 1024);

    // The managed heap's peak, live and not yet collected objects alike: what the GC held, without the runtime's
    // code, native SQLite and Kestrel buffers.
    public double PeakHeapMegabytes => Interlocked.Read(ref _peakHeap) / (1024.0 * 1024);

    private async Task SampleAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        while (await timer.WaitForNextTickAsync(stop).ConfigureAwait(false))
        {
            var now = Environment.WorkingSet;
            if (now > Interlocked.Read(ref _peak))
            {
                Interlocked.Exchange(ref _peak, now);
            }

            var heap = GC.GetTotalMemory(forceFullCollection: false);
            if (heap > Interlocked.Read(ref _peakHeap))
            {
                Interlocked.Exchange(ref _peakHeap, heap);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }
}
