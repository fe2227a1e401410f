using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Structures.Core.Live;

// The change feed: Core publishes after each commit, Blazor components subscribe for live updates.
// Publishing never waits for a page: each subscriber has its own queue and takes its changes in order, so a slow
// or broken page holds up neither the others nor the sync that published. On PostgreSQL (several instances) each
// change is also handed to the sender for the other instances, whose changes come back through the listener.
public sealed class DashboardEvents(ILogger<DashboardEvents> logger, ClusterFeedSender? cluster = null)
{
    private readonly Lock _gate = new();
    private readonly List<Subscriber> _subscribers = [];
    private readonly List<Action<DashboardEvent>> _preparers = [];
    private readonly Queue<DashboardEvent> _recent = [];
    private long _version;

    // How many of the last changes are kept for ChangesSince: enough for the changes between two reads of a board.
    private const int Kept = 64;

    // How many changes have been published: what was read at one version is current until the next.
    public long Version => Interlocked.Read(ref _version);

    // How many components follow the feed right now (open pages).
    public int SubscriberCount
    {
        get
        {
            lock (_gate)
            {
                return _subscribers.Count;
            }
        }
    }

    public IDisposable Subscribe(Func<DashboardEvent, Task> handler)
    {
        var subscriber = new Subscriber(this, handler, logger);
        lock (_gate)
        {
            _subscribers.Add(subscriber);
        }

        subscriber.Start();
        return subscriber;
    }

    // Work shared by the pages that will read again (the boards' one read per visibility) starts here, on the
    // publisher's thread before any page is handed the change, so no page's turn waits for another's to start it. The
    // action must only start that work, never wait for it. Not a page: SubscriberCount leaves it out.
    public IDisposable PrepareEach(Action<DashboardEvent> prepare)
    {
        lock (_gate)
        {
            _preparers.Add(prepare);
        }

        return new Preparer(this, prepare);
    }

    // Returns at once: the change is queued for every subscriber, who gets it on its own, and for the other instances.
    public void Publish(DashboardEvent change)
    {
        PublishFromAnotherInstance(change);
        cluster?.Send(change);
    }

    // A change that came from another instance (or stands for what was lost from them): for this instance's
    // subscribers only, never sent back.
    internal void PublishFromAnotherInstance(DashboardEvent change)
    {
        Subscriber[] subscribers;
        Action<DashboardEvent>[] preparers;
        lock (_gate)
        {
            _recent.Enqueue(change);
            if (_recent.Count > Kept)
            {
                _recent.Dequeue();
            }

            Interlocked.Increment(ref _version);
            subscribers = [.. _subscribers];
            preparers = [.. _preparers];
        }

        foreach (var prepare in preparers)
        {
            try
            {
                prepare(change);
            }
            catch (Exception ex)
            {
                // The pages then do the work themselves, as they would without it.
                logger.SubscriberFailed(ex, change.GetType().Name);
            }
        }

        foreach (var subscriber in subscribers)
        {
            subscriber.Offer(change);
        }
    }

    // The changes published after the given version up to the current one, oldest first; null when they are no
    // longer all kept.
    public (long Version, IReadOnlyList<DashboardEvent>? Changes) ChangesSince(long version)
    {
        lock (_gate)
        {
            var current = Interlocked.Read(ref _version);
            var count = current - version;
            return count < 0 || count > _recent.Count ? (current, null) : (current, [.. _recent.Skip(_recent.Count - (int)count)]);
        }
    }

    private void Unsubscribe(Subscriber subscriber)
    {
        lock (_gate)
        {
            _subscribers.Remove(subscriber);
        }
    }

    private sealed class Preparer(DashboardEvents feed, Action<DashboardEvent> prepare) : IDisposable
    {
        public void Dispose()
        {
            lock (feed._gate)
            {
                feed._preparers.Remove(prepare);
            }
        }
    }

    private sealed class Subscriber(DashboardEvents feed, Func<DashboardEvent, Task> handler, ILogger logger) : IDisposable
    {
        private readonly Channel<DashboardEvent> _queue = Channel.CreateUnbounded<DashboardEvent>(new UnboundedChannelOptions { SingleReader = true });
        private volatile bool _disposed;

        public void Start() => _ = Task.Run(DeliverAsync, CancellationToken.None);

        public void Offer(DashboardEvent change) => _queue.Writer.TryWrite(change);

        public void Dispose()
        {
            _disposed = true;
            feed.Unsubscribe(this);
            _queue.Writer.TryComplete();
        }

        private async Task DeliverAsync()
        {
            // What is still queued when the page goes away is dropped: nobody is left to show it.
            await foreach (var change in _queue.Reader.ReadAllAsync())
            {
                if (_disposed)
                {
                    return;
                }

                try
                {
                    await handler(change);
                }
                catch (Exception ex)
                {
                    // One broken subscriber (a closed circuit) must not keep the next changes from it or from others.
                    logger.SubscriberFailed(ex, change.GetType().Name);
                }
            }
        }
    }
}
