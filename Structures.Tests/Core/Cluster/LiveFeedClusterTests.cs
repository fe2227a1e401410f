using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Live;
using Structures.Core.Structures;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Cluster;

// The change feed across two instances on one PostgreSQL database (LISTEN/NOTIFY).
public sealed class LiveFeedClusterTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task SyncOnA_ReachesASubscriberOnB_AsStructuresChangedForThatOwner()
    {
        await using var hosts = await ListeningHostsAsync();
        await hosts.AddOwnerAsync(90000001);
        var seenOnB = new TaskCompletionSource<DashboardEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = hosts.B.Get<DashboardEvents>().Subscribe(change =>
        {
            if (change is StructuresChanged)
            {
                seenOnB.TrySetResult(change);
            }

            return Task.CompletedTask;
        });

        var synced = await hosts.A.Get<StructureSynchronizer>().SyncAsync(98000001, default);
        var change = await seenOnB.Task.WaitAsync(Patience);

        synced.Complete.Should().BeTrue(synced.Error);
        var crossed = change.Should().BeOfType<StructuresChanged>().Subject;
        crossed.OwnerId.Should().Be(98000001);
        crossed.StructureIds.Should().HaveCount(synced.StructureCount, "the structures the first sync added travel with the change");
        await using var db = await hosts.DbAsync();
        (await db.Structures.CountAsync(s => s.OwnerId == 98000001)).Should().Be(synced.StructureCount).And.BePositive();
    }

    [Fact]
    public async Task AChangeFromB_ReachesA_AndNeverComesBackToB()
    {
        await using var hosts = await ListeningHostsAsync();
        using var onA = new Watch(hosts.A);
        using var onB = new Watch(hosts.B);

        hosts.B.Get<DashboardEvents>().Publish(new TimersChanged(98000001));
        await onA.TimersArrived.Task.WaitAsync(Patience);
        hosts.A.Get<DashboardEvents>().Publish(new OwnerStatusChanged(98000002));
        await Task.WhenAll(onA.StatusArrived.Task, onB.StatusArrived.Task).WaitAsync(Patience);

        // B's own change was sent before A's (A had it already), so an echo would have reached B before A's change.
        onB.Got.Should().Equal(new TimersChanged(98000001), new OwnerStatusChanged(98000002));
        onA.Got.Should().Equal(new TimersChanged(98000001), new OwnerStatusChanged(98000002));
        hosts.B.Get<DashboardEvents>().Version.Should().Be(2);
    }

    [Fact]
    public async Task ListenerConnectionKilled_ComesBack_AndBsPagesAreToldToReadEverythingAgain()
    {
        await using var hosts = await ListeningHostsAsync();
        hosts.B.ExpectLog("FeedListeningLost");
        var listener = hosts.B.Get<ClusterFeedListener>();
        var killed = listener.BackendProcessId!.Value;
        var missed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var afterwards = new TaskCompletionSource<DashboardEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = hosts.B.Get<DashboardEvents>().Subscribe(change =>
        {
            _ = change is ChangesMissed ? missed.TrySetResult() : afterwards.TrySetResult(change);
            return Task.CompletedTask;
        });

        await using (var db = await hosts.DbAsync())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_terminate_backend({killed})");
        }

        await missed.Task.WaitAsync(Patience);
        hosts.A.Get<DashboardEvents>().Publish(new StructuresChanged(98000001));

        (await afterwards.Task.WaitAsync(Patience)).Should().Be(new StructuresChanged(98000001), "B listens again");
        listener.BackendProcessId.Should().NotBeNull().And.NotBe(killed);
        hosts.B.Logs.GetSnapshot().Where(l => l.Id.Name == "FeedListeningLost").Should().ContainSingle("an outage is logged once");
    }

    private static async Task<TwoHosts> ListeningHostsAsync()
    {
        var hosts = new TwoHosts();
        foreach (var host in hosts.Both)
        {
            await host.Get<ClusterFeedListener>().Listening.WaitAsync(Patience);
        }

        return hosts;
    }

    // What one host's feed delivers, in order, with a signal for each of the two kinds of change the test sends.
    private sealed class Watch : IDisposable
    {
        private readonly IDisposable _subscription;

        public Watch(DashboardFactory host) => _subscription = host.Get<DashboardEvents>().Subscribe(change =>
        {
            Got.Enqueue(change);
            _ = change switch
            {
                TimersChanged => TimersArrived.TrySetResult(),
                OwnerStatusChanged => StatusArrived.TrySetResult(),
                _ => false,
            };
            return Task.CompletedTask;
        });

        public ConcurrentQueue<DashboardEvent> Got { get; } = new();

        public TaskCompletionSource TimersArrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource StatusArrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Dispose() => _subscription.Dispose();
    }
}
