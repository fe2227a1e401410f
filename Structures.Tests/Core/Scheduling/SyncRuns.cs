using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Scheduling;

// Which instance synced which owner: every sync run is measured (structures.sync.duration) by the Meter of the app
// that ran it, so the meter's factory tells the instances apart.
internal sealed class SyncRuns : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(object? Instance, long OwnerId)> _runs = new();
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SyncRuns()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Name == "structures.sync.duration")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((instrument, _, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "owner" && tag.Value is long owner)
                {
                    _runs.Enqueue((instrument.Meter.Scope, owner));
                }
            }

            Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        });
        _listener.Start();
    }

    // Completes when the next sync run ends, on any instance.
    public Task Next => Volatile.Read(ref _next).Task;

    public List<long> By(DashboardFactory instance) =>
        [.. _runs.Where(r => ReferenceEquals(r.Instance, instance.Get<IMeterFactory>())).Select(r => r.OwnerId)];

    public void Dispose() => _listener.Dispose();
}
