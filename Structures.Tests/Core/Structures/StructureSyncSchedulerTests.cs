using Microsoft.EntityFrameworkCore;
using Structures.Core.Structures;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Structures;

public sealed class StructureSyncSchedulerTests() : AppTest(fakeClock: true)
{
    [Fact]
    public async Task NewOwners_AreDueAtOnce_ThenEachInItsOwnSlot()
    {
        foreach (var director in new long[] { 90000001, 90000004, 90000006 })
        {
            await AddOwnerAsync(director);
        }

        var scheduler = Factory.Get<StructureSyncScheduler>();
        var first = await scheduler.DueOwnersAsync(default);
        await scheduler.SyncDueAsync(default);
        var dueOverTime = new List<(int Minute, long Owner)>();
        for (var minute = 1; minute <= 60; minute++)
        {
            Clock.Advance(TimeSpan.FromMinutes(1));
            foreach (var owner in await scheduler.DueOwnersAsync(default))
            {
                dueOverTime.Add((minute, owner));
                await scheduler.SyncIsolatedAsync(owner, default);
            }
        }

        first.Should().BeEquivalentTo([98000001L, 98000002L, 98000003L]);
        dueOverTime.Should().HaveCount(6, string.Join(", ", dueOverTime));
        dueOverTime.GroupBy(d => d.Owner).Should().OnlyContain(g => g.Count() == 2 && g.Last().Minute - g.First().Minute == 30);
        dueOverTime.Select(d => d.Minute % 30).Distinct().Should().HaveCount(3, "owners are spread over the interval");
    }

    [Fact]
    public async Task OneOwnersFailure_NeverStopsAnother()
    {
        ExpectLog("SyncFailed");
        await AddOwnerAsync(90000001);
        await AddOwnerAsync(90000004);
        await Http.PostAsync("/sim/control/tokens/90000001/revoke", null);

        await Factory.Get<StructureSyncScheduler>().SyncDueAsync(default);

        await using var db = await DbAsync();
        var owners = await db.Owners.ToDictionaryAsync(o => o.CorporationId);
        owners[98000001].StructuresSync.LastError.Should().Contain("No character can sync");
        owners[98000002].StructuresSync.LastSuccessAt.Should().Be(Clock.GetUtcNow().UtcDateTime);
        (await db.Structures.CountAsync(s => s.OwnerId == 98000002)).Should().Be(10);
    }
}
