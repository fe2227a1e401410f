using Microsoft.EntityFrameworkCore;
using Structures.Core.Notifications;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Notifications;

// Three owners due at once, as every owner is after a start: the fetch loop starts them a gap apart, the one due
// longest first, and one cache period later they come due that gap apart, so none waits for another again.
public sealed class NotificationFetchSchedulerPacingTests() : AppTest(fakeClock: true)
{
    private static readonly long[] Owners = [98000001, 98000003, 98000004];
    private static readonly TimeSpan Period = NotificationFetchPacing.Period(1, null);

    // Fetched a minute apart, in this order, and then left for longer than a period: all three are due.
    public override async Task InitializeAsync()
    {
        foreach (var director in new long[] { 90000001, 90000006, 90000009 })
        {
            await AddOwnerAsync(director);
        }

        foreach (var owner in Owners)
        {
            await Factory.Get<NotificationFetchScheduler>().FetchIsolatedAsync(owner, default);
            Clock.Advance(TimeSpan.FromMinutes(1));
        }

        Clock.Advance(Period);
    }

    [Fact]
    public async Task OwnersDueTogether_AreStartedAGapApart_LongestDueFirst_AndComeDueApartThePeriodAfter()
    {
        var gap = NotificationFetchPacing.Gap(Owners.Length, Period);
        var start = Clock.GetUtcNow().UtcDateTime;

        var first = await StepUntilEachStartedAsync();
        Clock.Advance(start + Period - Clock.GetUtcNow().UtcDateTime);
        var second = await StepUntilEachStartedAsync();

        gap.Should().Be(NotificationFetchPacing.LongestGap);
        first.Should().Equal(Owners.Select((owner, n) => (owner, start + (n * gap))));
        second.Should().Equal(first.Select(s => (s.Owner, s.At + Period)), "each came due a period after its first fetch and was started then");
        await using var db = await DbAsync();
        (await db.Owners.Select(o => o.NotificationsSync.LastAttemptAt).ToListAsync()).Should().BeEquivalentTo(second.Select(s => (DateTime?)s.At));
    }

    // Steps the fetch loop as its service does, waking at the moment each step names, until every owner's fetch has
    // started once: which owner each start was, and when.
    private async Task<List<(long Owner, DateTime At)>> StepUntilEachStartedAsync()
    {
        var scheduler = Factory.Get<NotificationFetchScheduler>();
        var starts = new List<(long Owner, DateTime At)>();
        while (starts.Count < Owners.Length)
        {
            var finished = scheduler.FetchFinished;
            var step = await scheduler.StartDueAsync(default);
            var now = Clock.GetUtcNow().UtcDateTime;
            if (step.Started is { } owner)
            {
                starts.Add((owner, now));
                await finished.WaitAsync(TimeSpan.FromSeconds(30));
            }

            step.LookAgainAt.Should().BeAfter(now, "the loop never spins");
            Clock.Advance(step.LookAgainAt!.Value - now);
        }

        return starts;
    }
}
