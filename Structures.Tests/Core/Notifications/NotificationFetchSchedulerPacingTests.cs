using Microsoft.EntityFrameworkCore;
using Structures.Core.Notifications;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Notifications;

// Three owners due at once, as every owner is after a start: the fetch loop starts them a gap apart, the one due
// longest first, and one cache period later they come due that gap apart, so none waits for another again.
public sealed class NotificationFetchSchedulerPacingTests() : AppTest(fakeClock: true)
{
    private static readonly long[] Owners = [98000001, 98000003, 98000004];
    private static readonly TimeSpan Period = NotificationFetchDue.Period(1, null);

    // Fetched a minute apart, in this order, and then left for longer than a period: all three are due.
    public override async Task InitializeAsync()
    {
        foreach (var director in new long[] { 90000001, 90000006, 90000009 })
        {
            await AddOwnerAsync(director);
        }

        foreach (var owner in Owners)
        {
            await Scheduler.FetchIsolatedAsync(owner, default);
            Clock.Advance(TimeSpan.FromMinutes(1));
        }

        Clock.Advance(Period);
    }

    private NotificationFetchScheduler Scheduler => Factory.Get<NotificationFetchScheduler>();

    [Fact]
    public async Task OwnersDueTogether_AreStartedAGapApart_LongestDueFirst_AndComeDueApartThePeriodAfter()
    {
        var gap = NotificationFetchPacing.Gap(Owners.Length, Period);
        var start = Clock.GetUtcNow().UtcDateTime;

        var finished = Scheduler.FetchFinished;
        await Scheduler.StartDueAsync(default);
        await finished.WaitAsync(TimeSpan.FromSeconds(30));
        var afterTheFirst = await AttemptsAsync();
        foreach (var _ in Owners.Skip(1))
        {
            finished = Scheduler.FetchFinished;
            Clock.Advance(gap);
            await finished.WaitAsync(TimeSpan.FromSeconds(30));
        }

        var first = await AttemptsAsync();
        Clock.Advance(start + Period - Clock.GetUtcNow().UtcDateTime);
        var lookedAgainAt = new List<DateTime>();
        foreach (var _ in Owners)
        {
            finished = Scheduler.FetchFinished;
            var next = await Scheduler.StartDueAsync(default);
            await finished.WaitAsync(TimeSpan.FromSeconds(30));
            lookedAgainAt.Add(next!.Value);
            Clock.Advance(next.Value - Clock.GetUtcNow().UtcDateTime);
        }

        var second = await AttemptsAsync();

        gap.Should().Be(NotificationFetchPacing.LongestGap);
        afterTheFirst.Where(a => a.Value == start).Select(a => a.Key).Should().Equal(Owners[0]);
        Owners.Select(o => first[o]).Should().Equal(start, start + gap, start + (2 * gap));
        Owners.Select(o => second[o]).Should().Equal(Owners.Select(o => first[o] + Period), "each came due a period after its first fetch and was started then");
        lookedAgainAt.Take(2).Should().Equal(second[Owners[1]]!.Value, second[Owners[2]]!.Value);
    }

    private async Task<Dictionary<long, DateTime?>> AttemptsAsync()
    {
        await using var db = await DbAsync();
        return await db.Owners.AsNoTracking().ToDictionaryAsync(o => o.CorporationId, o => o.NotificationsSync.LastAttemptAt);
    }
}
