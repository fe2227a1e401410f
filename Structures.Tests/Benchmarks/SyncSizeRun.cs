using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Structures.Dashboard.Simulation;
using Structures.Dashboard.Simulation.Esi;

namespace Structures.Tests.Benchmarks;

// One size of the sync scenario, in this process: the owners added, then a first sync that learns every name and
// type, and a re-sync once ESI's caches have expired (compressed 500 times) that finds the same data: 304s and names
// already known.
internal static class SyncSizeRun
{
    public const double CacheScale = 0.002;

    public static async Task<BenchResult> RunAsync(int owners, int structures)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        await using var sampler = new WorkingSetSampler();
        await using var app = BenchApp.Start(new Dictionary<string, string?>
        {
            ["Simulation:Scale:Corporations"] = owners.ToString(CultureInfo.InvariantCulture),
            ["Simulation:Scale:StructuresPerCorporation"] = structures.ToString(CultureInfo.InvariantCulture),
            ["Simulation:CacheScale"] = CacheScale.ToString(CultureInfo.InvariantCulture),
        });
        var directors = app.World.Characters.Where(c => c.CorporationId >= SimScaledWorld.FirstCorporationId).Select(c => c.Id).ToList();
        var ownerIds = await app.AddOwnersAsync(directors);
        var beforeSync = ManagedHeapMb();

        app.Probe.Clear();
        var start = HttpProbe.NowMs;
        var cpu = ProcessorSeconds();
        await app.SyncAsync(ownerIds);
        var first = (HttpProbe.NowMs - start) / 1000;
        var firstCpu = ProcessorSeconds() - cpu;
        var requestsFirst = app.Probe.Esi.Count / (double)owners;

        await StructureCacheExpiry.WaitOutAsync(app);
        app.Probe.Clear();
        start = HttpProbe.NowMs;
        cpu = ProcessorSeconds();
        await app.SyncAsync(ownerIds);
        var resync = (HttpProbe.NowMs - start) / 1000;
        var resyncCpu = ProcessorSeconds() - cpu;
        var requestsResync = app.Probe.Esi.Count / (double)owners;

        await using var db = await app.DbAsync();
        var synced = await db.Structures.CountAsync(s => ownerIds.Contains(s.OwnerId));
        var afterSync = ManagedHeapMb();
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        var figures = new Dictionary<string, double>
        {
            ["structures"] = synced,
            ["first_sync_s"] = Math.Round(first, 2),
            ["resync_s"] = Math.Round(resync, 2),
            // The process's CPU time in each phase (all threads): steadier than wall clock when the machine is shared.
            ["first_sync_cpu_s"] = Math.Round(firstCpu, 2),
            ["resync_cpu_s"] = Math.Round(resyncCpu, 2),
            // The kernel's high-water mark of the process's resident memory (VmHWM), and the 50 ms samples' peak.
            ["peak_working_set_mb"] = Math.Round(Math.Max(self.PeakWorkingSet64 / (1024.0 * 1024), sampler.PeakMegabytes)),
            ["heap_before_sync_mb"] = Math.Round(beforeSync),
            ["heap_after_sync_mb"] = Math.Round(afterSync),
            ["peak_heap_mb"] = Math.Round(sampler.PeakHeapMegabytes),
            ["simulator_esi_cache_mb"] = Math.Round(app.Get<SimEsiCache>().BodyBytes / (1024.0 * 1024)),
            ["esi_requests_per_owner_first"] = Math.Round(requestsFirst, 1),
            ["esi_requests_per_owner_resync"] = Math.Round(requestsResync, 1),
        };
        return new BenchResult("sync", $"Structure sync, {owners} owners", new Dictionary<string, object> { ["owners"] = owners, ["structuresPerOwner"] = structures },
            figures, "see the sync scenario", synced == owners * structures);
    }

    private static double ProcessorSeconds()
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return self.TotalProcessorTime.TotalSeconds;
    }

    private static double ManagedHeapMb()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024);
    }
}
