using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Structures.Dashboard.Simulation;
using Structures.Dashboard.Simulation.Esi;

namespace Structures.Tests.Benchmarks;

// Scenario 4: an alliance's worth of owners, each with 200 structures (a tenth starbases, a tenth customs offices,
// all with assets), synced as the sync job does. The first sync learns every name and type; the re-sync comes once
// ESI's caches have expired (compressed 500 times) and finds the same data: 304s and names already known.
internal static class SyncScaleScenario
{
    private const double CacheScale = 0.002;

    public static async Task<BenchResult> RunAsync(bool smoke)
    {
        var structures = smoke ? 20 : 200;
        var figures = new Dictionary<string, double>();
        var met = true;
        // Largest first, so its peak working set is measured in a process that has not yet held smaller worlds.
        foreach (var owners in smoke ? [2] : new[] { 100, 50, 10 })
        {
            var (first, resync, peak, memory, requestsFirst, requestsResync, synced) = await MeasureAsync(owners, structures);
            figures[$"owners_{owners}_structures"] = synced;
            figures[$"owners_{owners}_first_sync_s"] = Math.Round(first, 2);
            figures[$"owners_{owners}_resync_s"] = Math.Round(resync, 2);
            figures[$"owners_{owners}_peak_working_set_mb"] = Math.Round(peak);
            figures[$"owners_{owners}_heap_before_sync_mb"] = Math.Round(memory.BeforeSync);
            figures[$"owners_{owners}_heap_after_sync_mb"] = Math.Round(memory.AfterSync);
            figures[$"owners_{owners}_peak_heap_mb"] = Math.Round(memory.PeakHeap);
            figures[$"owners_{owners}_simulator_esi_cache_mb"] = Math.Round(memory.SimulatorCache);
            figures[$"owners_{owners}_esi_requests_per_owner_first"] = Math.Round(requestsFirst, 1);
            figures[$"owners_{owners}_esi_requests_per_owner_resync"] = Math.Round(requestsResync, 1);
            met &= synced == owners * structures && (owners < 100 || (first <= 60 && resync <= 15 && peak <= 500));
        }

        return new BenchResult("sync", "Structure sync at alliance scale",
            new Dictionary<string, object> { ["structuresPerOwner"] = structures, ["esiCacheScale"] = CacheScale, ["syncParallelism"] = 4 },
            figures, "100 owners x 200 structures: first sync <= 60 s, re-sync <= 15 s, peak working set <= 500 MB", met,
            "working set is the whole process: app, simulated EVE server and benchmark; heap before sync = the simulated world "
            + "and the idle app (after a forced GC), after sync = the same with what the sync left, of which the simulated ESI's cache of "
            + "response bodies is given apart; peak heap = the most the GC held at once");
    }

    private static async Task<(double First, double Resync, double PeakMb, HeapFigures Memory, double RequestsFirst, double RequestsResync, int Structures)> MeasureAsync(int owners, int structures)
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
        await app.SyncAsync(ownerIds);
        var first = (HttpProbe.NowMs - start) / 1000;
        var requestsFirst = app.Probe.Esi.Count / (double)owners;

        // ESI's compressed caches (at most an hour x the scale) run out before the re-sync.
        await Task.Delay(TimeSpan.FromSeconds((3600 * CacheScale) + 1));
        app.Probe.Clear();
        start = HttpProbe.NowMs;
        await app.SyncAsync(ownerIds);
        var resync = (HttpProbe.NowMs - start) / 1000;
        var requestsResync = app.Probe.Esi.Count / (double)owners;

        await using var db = await app.DbAsync();
        var synced = await db.Structures.CountAsync(s => ownerIds.Contains(s.OwnerId));
        var memory = new HeapFigures(beforeSync, ManagedHeapMb(), sampler.PeakHeapMegabytes, app.Get<SimEsiCache>().BodyBytes / (1024.0 * 1024));
        return (first, resync, sampler.PeakMegabytes, memory, requestsFirst, requestsResync, synced);
    }

    private static double ManagedHeapMb()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024);
    }

    private sealed record HeapFigures(double BeforeSync, double AfterSync, double PeakHeap, double SimulatorCache);
}
