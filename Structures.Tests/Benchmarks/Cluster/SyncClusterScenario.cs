using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Structures;
using Structures.Dashboard.Simulation;

namespace Structures.Tests.Benchmarks.Cluster;

// Scenario 4's alliance (owners of 200 structures each) synced by two instances on one PostgreSQL database. Each
// round both instances do at once what each one's OwnerSyncLoop does when it looks: sync the owners that are due,
// each claimed with its lease. The first round finds every owner new; for the re-sync, once ESI's compressed caches
// have run out, every owner's last attempt is moved back one sync interval, as if all their slots had come at once.
// Which instance synced an owner is read from each instance's own ESI client: the owner's structure list asked for.
internal static partial class SyncClusterScenario
{
    private const double CacheScale = 0.002;

    public static async Task<BenchResult> RunAsync(bool smoke)
    {
        var owners = smoke ? 4 : 100;
        var structures = smoke ? 20 : 200;
        await using var pair = BenchPair.Start(new Dictionary<string, string?>
        {
            ["Simulation:Scale:Corporations"] = owners.ToString(CultureInfo.InvariantCulture),
            ["Simulation:Scale:StructuresPerCorporation"] = structures.ToString(CultureInfo.InvariantCulture),
            ["Simulation:CacheScale"] = CacheScale.ToString(CultureInfo.InvariantCulture),
        });
        var directors = pair.A.World.Characters.Where(c => c.CorporationId >= SimScaledWorld.FirstCorporationId).Select(c => c.Id).ToList();
        var ownerIds = await pair.A.AddOwnersAsync(directors);

        var first = await RoundAsync(pair, ownerIds);
        await StructureCacheExpiry.WaitOutAsync(pair.A);
        await using (var database = await pair.A.DbAsync())
        {
            await MakeAllDueAsync(database, pair.A.Get<Microsoft.Extensions.Options.IOptions<SyncOptions>>().Value.Interval);
        }

        var resync = await RoundAsync(pair, ownerIds);

        await using var db = await pair.A.DbAsync();
        var synced = await db.Structures.CountAsync(s => ownerIds.Contains(s.OwnerId));
        var figures = new Dictionary<string, double> { ["structures"] = synced };
        first.AddTo(figures, "first_sync");
        resync.AddTo(figures, "resync");
        var met = synced == owners * structures && first.Seconds <= 60 && resync.Seconds <= 15
            && first.Twice + resync.Twice + first.Missed + resync.Missed == 0;
        return new BenchResult("sync-cluster", "Structure sync by two instances on PostgreSQL",
            new Dictionary<string, object> { ["instances"] = 2, ["owners"] = owners, ["structuresPerOwner"] = structures, ["esiCacheScale"] = CacheScale, ["syncParallelism"] = 4 },
            figures, $"{owners} owners x {structures} structures: first sync <= 60 s, re-sync <= 15 s, every owner synced once per round by one instance", met,
            "both instances in one process on one PostgreSQL database; each round both look for due owners at the same moment");
    }

    private static async Task<Round> RoundAsync(BenchPair pair, List<long> ownerIds)
    {
        foreach (var app in pair.Both)
        {
            app.Probe.Clear();
        }

        var start = HttpProbe.NowMs;
        await Task.WhenAll(pair.Both.Select(app => app.Get<StructureSyncScheduler>().SyncDueAsync(default)));
        var seconds = (HttpProbe.NowMs - start) / 1000;
        var byA = SyncedBy(pair.A);
        var byB = SyncedBy(pair.B);
        return new Round(seconds, byA.Count, byB.Count, byA.Intersect(byB).Count(), ownerIds.Count(id => !byA.Contains(id) && !byB.Contains(id)));
    }

    private static HashSet<long> SyncedBy(BenchApp app) =>
        [.. app.Probe.Esi.Select(e => StructureList().Match(e.Path)).Where(m => m.Success).Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];

    // Every owner's last attempt moved back one sync interval, as if all their slots had come at once.
    internal static async Task MakeAllDueAsync(StructuresDbContext db, TimeSpan interval)
    {
        foreach (var owner in await db.Owners.ToListAsync())
        {
            owner.StructuresSync.LastAttemptAt -= interval;
        }

        await db.SaveChangesAsync();
    }

    [GeneratedRegex("/corporations/([0-9]+)/structures/?$")]
    private static partial Regex StructureList();

    private sealed record Round(double Seconds, int ByA, int ByB, int Twice, int Missed)
    {
        public void AddTo(Dictionary<string, double> figures, string name)
        {
            figures[$"{name}_s"] = Math.Round(Seconds, 2);
            figures[$"{name}_owners_instance_a"] = ByA;
            figures[$"{name}_owners_instance_b"] = ByB;
            figures[$"{name}_owners_synced_twice"] = Twice;
            figures[$"{name}_owners_not_synced"] = Missed;
        }
    }
}
