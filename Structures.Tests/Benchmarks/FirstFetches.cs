using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Telemetry;

namespace Structures.Tests.Benchmarks;

// An install's owners are there when it starts, and its fetch loop looks at each of them at once, finding what came
// while it was down; the alerts that follow come to an app that has done so. The benchmark's owners are added just
// before its first burst, so it waits until the app's own fetch loop has fetched each of them once: otherwise the first
// burst was that very first fetch in some runs and not in others, as the loop's timing fell. It hears each fetch end
// through the app's trace of it, and listens to nothing else.
internal sealed class FirstFetches : IDisposable
{
    private readonly Channel<long> _ended = Channel.CreateUnbounded<long>();
    private readonly ActivityListener _listener;

    public FirstFetches()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == StructuresTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> options) =>
                options.Name == "notifications.fetch" ? ActivitySamplingResult.AllData : ActivitySamplingResult.None,
            ActivityStopped = activity =>
            {
                if (activity.GetTagItem("structures.owner") is long owner)
                {
                    _ended.Writer.TryWrite(owner);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    // Returns once each owner has had a fetch that succeeded; a failed one is waited past, to the next.
    public async Task WaitAsync(BenchApp app, IReadOnlyCollection<long> owners, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        var left = owners.ToHashSet();
        try
        {
            while (left.Count > 0)
            {
                var owner = await _ended.Reader.ReadAsync(timeout.Token);
                await using var db = await app.DbAsync();
                if (left.Contains(owner) && await db.Owners.AnyAsync(o => o.CorporationId == owner && o.NotificationsSync.LastSuccessAt != null))
                {
                    left.Remove(owner);
                }
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new TimeoutException($"{left.Count} of {owners.Count} owners had no notification fetch succeed within {limit.TotalSeconds} s.");
        }
    }

    public void Dispose() => _listener.Dispose();
}
