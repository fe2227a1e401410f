using Microsoft.Extensions.Logging;

namespace Structures.Core.Live;

// The in-process change feed: Core publishes after each commit, Blazor components subscribe for live updates.
public sealed class DashboardEvents(ILogger<DashboardEvents> logger)
{
    private readonly Lock _gate = new();
    private readonly List<Func<DashboardEvent, Task>> _subscribers = [];
    private long _version;

    // How many changes have been published: what was read at one version is current until the next.
    public long Version => Interlocked.Read(ref _version);

    public IDisposable Subscribe(Func<DashboardEvent, Task> handler)
    {
        lock (_gate)
        {
            _subscribers.Add(handler);
        }

        return new Subscription(this, handler);
    }

    public async Task PublishAsync(DashboardEvent change)
    {
        Interlocked.Increment(ref _version);
        Func<DashboardEvent, Task>[] subscribers;
        lock (_gate)
        {
            subscribers = [.. _subscribers];
        }

        // All at once: each open page re-queries, and one page's query must not wait for another's.
        await Task.WhenAll(subscribers.Select(subscriber => DeliverAsync(subscriber, change)));
    }

    private async Task DeliverAsync(Func<DashboardEvent, Task> subscriber, DashboardEvent change)
    {
        try
        {
            await subscriber(change);
        }
        catch (Exception ex)
        {
            // One broken subscriber (a closed circuit) must not keep the change from the others.
            logger.SubscriberFailed(ex, change.GetType().Name);
        }
    }

    private void Unsubscribe(Func<DashboardEvent, Task> handler)
    {
        lock (_gate)
        {
            _subscribers.Remove(handler);
        }
    }

    private sealed class Subscription(DashboardEvents feed, Func<DashboardEvent, Task> handler) : IDisposable
    {
        public void Dispose() => feed.Unsubscribe(handler);
    }
}
