using Microsoft.EntityFrameworkCore;
using Structures.Core.Cluster;
using Structures.Core.Notifications;
using Structures.Dashboard.Simulation.Faults;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Scheduling;

// Two instances on one PostgreSQL database, both running their background work: each owner's sync and notification
// fetch is done once, by whichever instance claims it, and an owner whose holder died is taken over.
public sealed class OwnerWorkClusterTests : IDisposable
{
    // One key ring for both instances, as an install of several has: a token one stored, the other decrypts.
    private readonly DirectoryInfo _keys = Directory.CreateTempSubdirectory("structures-keys-");

    private static readonly long[] Directors = [90000001, 90000004, 90000006, 90000009];
    private static readonly long[] Owners = [98000001, 98000002, 98000003, 98000004];

    private Dictionary<string, string?> Settings => new()
    {
        ["DataProtection:KeysPath"] = _keys.FullName,
        ["Structures:Scheduling:Enabled"] = "true",
        ["Structures:Scheduling:SyncCheckInterval"] = "00:00:01",
        ["Structures:Scheduling:OwnerLease"] = "00:00:05",
        ["Structures:Scheduling:ClusterCheckinInterval"] = "00:00:01",
        ["Structures:Sync:Parallelism"] = "1",
    };

    [Fact]
    public async Task FourOwnersDueAtOnce_OnTwoInstances_AreEachSyncedOnce_SomeByEachInstance()
    {
        await using var hosts = new TwoHosts(Settings);
        using (var first = new SyncRuns())
        {
            foreach (var director in Directors)
            {
                (await hosts.AddOwnerAsync(director)).Succeeded.Should().BeTrue();
            }

            await UntilSyncedAsync(hosts, first, "the first sync of every owner");
        }

        // Every owner due again at the same moment, and ESI slow enough that one instance cannot sync them all alone.
        hosts.A.Get<SimFaults>().Add(new SimFault("*", SimFaultKind.Slow) { DelayMilliseconds = 300 });
        using var burst = new SyncRuns();
        await using (var db = await hosts.DbAsync())
        {
            await db.Database.ExecuteSqlRawAsync("""UPDATE "Owners" SET "StructuresSync_LastAttemptAt" = NULL""");
        }

        await UntilSyncedAsync(hosts, burst, "every owner synced again");
        hosts.A.Get<SimFaults>().Clear();

        var (byA, byB) = (burst.By(hosts.A), burst.By(hosts.B));
        byA.Concat(byB).Should().BeEquivalentTo(Owners, "each owner is synced once, by one instance");
        byA.Should().NotBeEmpty("instance A takes some of the owners");
        byB.Should().NotBeEmpty("instance B takes the owners A is not syncing");
    }

    [Fact]
    public async Task OwnerWhoseLeasesADeadInstanceHolds_IsSyncedAndFetched_OnlyOnceTheLeasesExpire()
    {
        await using var hosts = new TwoHosts(Settings);
        var expiry = TimeProvider.System.GetUtcNow().UtcDateTime.AddSeconds(3);
        await using (var db = await hosts.DbAsync())
        {
            db.WorkLeases.AddRange(
                new WorkLease { Name = "owner-sync:98000001", Holder = "an instance that died", Until = expiry },
                new WorkLease { Name = "owner-fetch:98000001", Holder = "an instance that died", Until = expiry });
            await db.SaveChangesAsync();
        }

        using var runs = new SyncRuns();
        (await hosts.AddOwnerAsync(90000001)).Succeeded.Should().BeTrue();

        var fetches = hosts.Both.Select(h => h.Get<NotificationFetchScheduler>()).ToList();
        await ClusterWait.UntilAsync(async () => (await AttemptsAsync(hosts)) is { Sync: not null, Fetch: not null },
            () => Task.WhenAny(fetches.Select(f => f.FetchFinished).Append(runs.Next)), "the owner's sync and fetch by a living instance");
        var (sync, fetch) = await AttemptsAsync(hosts);
        sync.Should().BeOnOrAfter(expiry, "the dead instance's sync lease held the owner until then");
        fetch.Should().BeOnOrAfter(expiry, "the dead instance's fetch lease held the owner until then");
        runs.By(hosts.A).Concat(runs.By(hosts.B)).Should().Equal(98000001);
    }

    private static async Task<(DateTime? Sync, DateTime? Fetch)> AttemptsAsync(TwoHosts hosts)
    {
        await using var db = await hosts.DbAsync();
        var owner = await db.Owners.AsNoTracking().SingleAsync();
        return (owner.StructuresSync.LastAttemptAt, owner.NotificationsSync.LastAttemptAt);
    }

    // Done: every owner synced since the runs were counted, and no instance holding any owner's sync any more.
    private static async Task UntilSyncedAsync(TwoHosts hosts, SyncRuns runs, string what)
    {
        bool AllSynced() => Owners.All(o => runs.By(hosts.A).Contains(o) || runs.By(hosts.B).Contains(o));
        await ClusterWait.UntilAsync(async () => AllSynced() && !await SyncLeasesHeldAsync(hosts),
            () => AllSynced() ? Task.CompletedTask : runs.Next, what);
    }

    private static async Task<bool> SyncLeasesHeldAsync(TwoHosts hosts)
    {
        await using var db = await hosts.DbAsync();
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        return await db.WorkLeases.AnyAsync(l => l.Name.StartsWith("owner-sync:") && l.Until > now);
    }

    public void Dispose() => _keys.Delete(recursive: true);
}
