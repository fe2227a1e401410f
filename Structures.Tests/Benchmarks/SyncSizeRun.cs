using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Dashboard.Simulation;
using Structures.Dashboard.Simulation.Esi;
using Structures.Tests.Benchmarks.Cluster;
using Structures.Tests.Benchmarks.Soak;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Benchmarks;

// One size of the sync scenario. The simulated EVE server runs in this process and adds the owners to the database;
// the app runs alone in a Dashboard process of its own (its build, its garbage collector's settings), in real mode
// against the simulator, and syncs them as its sync job does: a first sync that learns every name and type, and a
// re-sync once ESI's caches have expired (compressed 500 times) that finds the same data, 304s and names already
// known. The app's working set is then the product's alone.
internal static class SyncSizeRun
{
    public const double CacheScale = 0.002;

    private static readonly TimeSpan RoundLimit = TimeSpan.FromMinutes(10);

    // The app spreads its owners' syncs over the interval, one slot each: with the shipped 30 minutes, 500 owners and a
    // loop that looks every second, an owner falls due every 3.6 s between the rounds measured, so ESI's compressed
    // caches never all expire and a round meets answers from those syncs. With the longest interval allowed (a day),
    // one falls due every 3 minutes at 500 owners: a run meets one or two.
    private static readonly TimeSpan SyncInterval = TimeSpan.FromDays(1);

    public static async Task<BenchResult> RunAsync(int owners, int structures)
    {
        var postgres = BenchEngines.Current == DatabaseProvider.PostgreSQL ? TestPostgres.CreateDatabase(migrated: true) : null;
        try
        {
            return await RunAsync(owners, structures, postgres);
        }
        finally
        {
            if (postgres is not null)
            {
                TestPostgres.DropDatabase(postgres);
            }
        }
    }

    private static async Task<BenchResult> RunAsync(int owners, int structures, string? postgres)
    {
        await using var sampler = new WorkingSetSampler();
        await using var simulator = BenchApp.Start(new Dictionary<string, string?>
        {
            ["Simulation:Scale:Corporations"] = owners.ToString(CultureInfo.InvariantCulture),
            ["Simulation:Scale:StructuresPerCorporation"] = structures.ToString(CultureInfo.InvariantCulture),
            ["Simulation:CacheScale"] = CacheScale.ToString(CultureInfo.InvariantCulture),
            // Notifications keep EVE's own ten minutes: compressed with the rest, the app would fetch every owner's
            // notifications every second or so, a load no install sees, all through the rounds measured.
            ["Simulation:CacheSeconds:character-notifications"] = "600",
        }, postgres);
        var directors = simulator.World.Characters.Where(c => c.CorporationId >= SimScaledWorld.FirstCorporationId).Select(c => c.Id).ToList();
        var ownerIds = await simulator.AddOwnersAsync(directors);

        var folder = Directory.CreateTempSubdirectory("structures-bench-sync-").FullName;
        var connection = postgres ?? await CopySqliteAsync(simulator, Path.Combine(folder, "app.db"));
        Func<StructuresDbContext> open = postgres is null ? () => SoakOnboarding.Database(connection) : new ClusterDatabase(connection).Open;
        await using (var db = open())
        {
            // Handed over to a real install: the simulator's process marked it as the demo's, which real mode refuses.
            await db.Database.OpenConnectionAsync();
            await DatabaseMarkStore.WriteAsync(db.Database, DatabaseMark.RealMark, default);
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        await using var app = new DashboardProcess("app", folder, AppSettings(simulator, folder, connection, directors[0]), environment: "Production");
        await app.StartReadyAsync(http);
        var first = await RoundAsync(open, app, ownerIds, DateTime.MinValue);

        await StructureCacheExpiry.WaitOutAsync(simulator);
        var due = TimeProvider.System.GetUtcNow().UtcDateTime;
        await using (var db = open())
        {
            await SyncClusterScenario.MakeAllDueAsync(db, SyncInterval);
        }

        var resync = await RoundAsync(open, app, ownerIds, due);
        var productPeak = app.PeakWorkingSetBytes;
        var productCpu = app.ProcessorSeconds;

        await using var synced = open();
        var structuresSynced = await synced.Structures.CountAsync(s => ownerIds.Contains(s.OwnerId));
        var figures = new Dictionary<string, double>
        {
            ["structures"] = structuresSynced,
            ["first_sync_s"] = Math.Round(first, 2),
            ["resync_s"] = Math.Round(resync, 2),
            // The app's process: the kernel's high-water mark of its resident memory (VmHWM), from its start to the re-sync's end.
            ["product_peak_working_set_mb"] = Math.Round(productPeak / (1024.0 * 1024)),
            // The app's CPU time from its start to the re-sync's end: both rounds, its start-up and its other jobs.
            ["product_cpu_s"] = Math.Round(productCpu, 1),
            // This process: the simulated EVE server and the benchmark, without the app.
            ["simulator_peak_working_set_mb"] = Math.Round(sampler.PeakMegabytes),
            ["simulator_esi_cache_mb"] = Math.Round(simulator.Get<SimEsiCache>().BodyBytes / (1024.0 * 1024)),
        };
        return new BenchResult("sync", $"Structure sync, {owners} owners", new Dictionary<string, object> { ["owners"] = owners, ["structuresPerOwner"] = structures, ["logs"] = folder },
            figures, "see the sync scenario", structuresSynced == owners * structures && productPeak > 0);
    }

    // The app in real mode against this process's simulator, on the database the owners were added to (on SQLite, a
    // copy of it: one instance per file) and with the key ring their tokens were sealed with. Its sync job runs as
    // shipped (every minute on SQLite; PostgreSQL's loop is told to look every second rather than every minute, so a
    // round starts soon after it is due).
    private static Dictionary<string, string> AppSettings(BenchApp simulator, string folder, string connection, long adminId)
    {
        var settings = SoakSettings.App(simulator.Factory.BaseUrl, folder, connection, adminId);
        settings["Data:Provider"] = BenchEngines.Current.ToString();
        settings["DataProtection:KeysPath"] = simulator.Factory.KeysPath;
        settings["Structures:Scheduling:SyncCheckInterval"] = "00:00:01";
        settings["Structures:Sync:Interval"] = SyncInterval.ToString("c", CultureInfo.InvariantCulture);
        return settings;
    }

    // The round's length: from the first owner's start, as the app recorded it, to the moment every owner's last
    // successful sync is seen to have started at or after the given moment (polled every 100 ms).
    private static async Task<double> RoundAsync(Func<StructuresDbContext> open, DashboardProcess app, List<long> owners, DateTime after)
    {
        var started = TimeProvider.System.GetTimestamp();
        // The condition is looked at on every tick of the sampling timer, as the working-set sampler does.
        using var ticks = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while (TimeProvider.System.GetElapsedTime(started) < RoundLimit && app.IsRunning && await ticks.WaitForNextTickAsync())
        {
            await using var db = open();
            var starts = await db.Owners.AsNoTracking().Where(o => owners.Contains(o.CorporationId) && o.StructuresSync.LastSuccessAt >= after)
                .Select(o => o.StructuresSync.LastAttemptAt!.Value).ToListAsync();
            if (starts.Count == owners.Count)
            {
                return (TimeProvider.System.GetUtcNow().UtcDateTime - starts.Min()).TotalSeconds;
            }
        }

        throw new InvalidOperationException($"The app did not sync every owner within {RoundLimit.TotalMinutes:0} minutes; see {app.LogFile}:{Environment.NewLine}{app.LastLogLines(20)}");
    }

    // A consistent copy of the simulator's database, with the owners it added, for the app alone.
    private static async Task<string> CopySqliteAsync(BenchApp simulator, string path)
    {
        await using (var db = await simulator.DbAsync())
        {
            await db.Database.ExecuteSqlAsync($"VACUUM INTO {path}");
        }

        return $"Data Source={path}";
    }
}
