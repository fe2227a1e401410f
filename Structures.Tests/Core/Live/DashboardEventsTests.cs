using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Structures.Core.Live;

namespace Structures.Tests.Core.Live;

public sealed class DashboardEventsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Publish_RunsWhatIsPrepared_BeforeAnySubscriberHearsOfTheChange_AndNotOnceLetGo()
    {
        var feed = new DashboardEvents(new FakeLogger<DashboardEvents>());
        var prepared = new List<DashboardEvent>();
        var preparedWhenHeard = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var page = feed.Subscribe(change =>
        {
            preparedWhenHeard.TrySetResult(prepared.Count);
            return Task.CompletedTask;
        });
        var preparing = feed.PrepareEach(prepared.Add);

        feed.Publish(new StructuresChanged(1));
        var heard = await preparedWhenHeard.Task.WaitAsync(Patience);
        preparing.Dispose();
        feed.Publish(new StructuresChanged(2));

        heard.Should().Be(1);
        prepared.Should().Equal(new StructuresChanged(1));
        feed.SubscriberCount.Should().Be(1, "what is prepared is no page");
    }

    [Fact]
    public async Task Publish_WhileASubscriberIsBusy_ReturnsAndTheOthersGetTheChange()
    {
        var feed = new DashboardEvents(new FakeLogger<DashboardEvents>());
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var slowGot = new List<DashboardEvent>();
        var slowDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var fastGot = new TaskCompletionSource<DashboardEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var slow = feed.Subscribe(async change =>
        {
            await release.Task;
            slowGot.Add(change);
            if (slowGot.Count == 2)
            {
                slowDone.TrySetResult();
            }
        });
        using var fast = feed.Subscribe(change =>
        {
            fastGot.TrySetResult(change);
            return Task.CompletedTask;
        });

        feed.Publish(new StructuresChanged(1));
        feed.Publish(new TimersChanged(1));
        var first = await fastGot.Task.WaitAsync(Patience);

        first.Should().Be(new StructuresChanged(1));
        slowGot.Should().BeEmpty("the slow page is still busy with the first change");
        feed.Version.Should().Be(2);
        release.SetResult();
        await slowDone.Task.WaitAsync(Patience);
        slowGot.Should().Equal(new StructuresChanged(1), new TimersChanged(1));
    }

    [Fact]
    public async Task Subscriber_ThatThrows_IsLogged_AndGetsTheNextChange()
    {
        var logger = new FakeLogger<DashboardEvents>();
        var feed = new DashboardEvents(logger);
        var second = new TaskCompletionSource<DashboardEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var broken = feed.Subscribe(change => change is OwnerStatusChanged
            ? throw new InvalidOperationException("The circuit is gone.")
            : Task.FromResult(second.TrySetResult(change)));

        feed.Publish(new OwnerStatusChanged(7));
        feed.Publish(new StructuresChanged(7));

        (await second.Task.WaitAsync(Patience)).Should().Be(new StructuresChanged(7));
        var record = logger.Collector.GetSnapshot().Should().ContainSingle().Subject;
        record.Level.Should().Be(LogLevel.Warning);
        record.Message.Should().Be("A subscriber to the change feed failed on OwnerStatusChanged");
        record.Exception!.Message.Should().Be("The circuit is gone.");
    }

    [Fact]
    public async Task Dispose_EndsDelivery_WhileTheOtherSubscribersGoOn()
    {
        var feed = new DashboardEvents(new FakeLogger<DashboardEvents>());
        var gone = new List<DashboardEvent>();
        var stayed = new List<DashboardEvent>();
        var bothSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var leaving = feed.Subscribe(change =>
        {
            gone.Add(change);
            return Task.CompletedTask;
        });
        using var staying = feed.Subscribe(change =>
        {
            stayed.Add(change);
            if (stayed.Count == 2)
            {
                bothSeen.TrySetResult();
            }

            return Task.CompletedTask;
        });

        leaving.Dispose();
        feed.Publish(new StructuresChanged(1));
        feed.Publish(new StructuresChanged(2));
        await bothSeen.Task.WaitAsync(Patience);

        gone.Should().BeEmpty();
        stayed.Should().Equal(new StructuresChanged(1), new StructuresChanged(2));
    }

    [Fact]
    public void ChangesSince_AKeptVersion_GivesTheLaterChangesInOrder_AndNoneOnceTheyAreNoLongerAllKept()
    {
        var feed = new DashboardEvents(new FakeLogger<DashboardEvents>());
        feed.Publish(new StructuresChanged(1));
        var version = feed.Version;
        feed.Publish(new TimersChanged(2));
        feed.Publish(new StructuresChanged(3));

        var (now, changes) = feed.ChangesSince(version);
        now.Should().Be(version + 2);
        changes.Should().Equal(new TimersChanged(2), new StructuresChanged(3));
        feed.ChangesSince(now).Changes.Should().BeEmpty();

        for (var i = 0; i < 100; i++)
        {
            feed.Publish(new StructuresChanged(i));
        }

        feed.ChangesSince(version).Changes.Should().BeNull("the changes since then are no longer all kept");
    }
}
