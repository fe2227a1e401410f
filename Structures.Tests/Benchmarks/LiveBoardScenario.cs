using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Live;
using Structures.Dashboard.Simulation;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Benchmarks;

// Scenario 5: one corporation's board of 1,000 to 10,000 structures open in many headless Chromium pages at once (20,
// and 50 at 10,000, unless --pages says otherwise).
// First render is the server's prerender of the page; a change is a structure renamed in EVE and synced, timed from
// the sync publishing its change event to the new name showing on each page (both read from the wall clock); memory
// is the managed heap the open boards hold after a forced GC: the first board, each further one, and the average.
// First render reads the database afresh each time.
internal static class LiveBoardScenario
{
    private const int Changes = 5;

    // Every page searches for this, so the changing structure is on its first page whatever the sort.
    private const string Marker = "Bench target";

    // A page that has not shown a change after this long counts at this delay, so a slow board cannot stall the run.
    private static readonly TimeSpan ChangeLimit = TimeSpan.FromSeconds(5);

    // The whole scenario's share of the command's ten minutes; sizes not started by then are reported as skipped.
    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(7);

    public static async Task<BenchResult> RunAsync(bool smoke, int? pagesAsked = null)
    {
        int PagesAt(int structures) => smoke ? 2 : pagesAsked ?? (structures >= 10000 ? 50 : 20);
        var figures = new Dictionary<string, double>();
        // A memory figure of zero or less is no measurement (the heap moved for other reasons), so no "met".
        var met = true;
        var started = TimeProvider.System.GetTimestamp();
        var browser = new BrowserFixture();
        await browser.InitializeAsync();
        try
        {
            foreach (var structures in smoke ? [100] : new[] { 1000, 5000, 10000 })
            {
                var key = $"structures_{structures}";
                if (TimeProvider.System.GetElapsedTime(started) > Budget)
                {
                    await Console.Error.WriteLineAsync($"  board: {structures} structures skipped, over the time budget");
                    figures[$"{key}_skipped"] = 1;
                    met = false;
                    continue;
                }

                var pages = PagesAt(structures);
                await Console.Error.WriteLineAsync($"  board: {structures} structures, {pages} pages");
                var board = await BoardMeasurement.RunAsync(browser.Browser, structures, pages, Marker, Changes, ChangeLimit);
                figures[$"{key}_pages_open"] = board.PagesOpen;
                figures[$"{key}_first_render_p50_ms"] = Math.Round(board.Render.P50);
                figures[$"{key}_first_render_max_ms"] = Math.Round(board.Render.Max);
                figures[$"{key}_open_all_pages_s"] = Math.Round(board.OpenSeconds, 1);
                figures[$"{key}_change_p50_ms"] = Math.Round(board.Change.P50);
                figures[$"{key}_change_p95_ms"] = Math.Round(board.Change.P95);
                figures[$"{key}_change_max_ms"] = Math.Round(board.Change.Max);
                figures[$"{key}_change_samples"] = board.Change.Count;
                figures[$"{key}_overlay_p50_ms"] = Math.Round(board.Overlay.P50);
                figures[$"{key}_overlay_p95_ms"] = Math.Round(board.Overlay.P95);
                figures[$"{key}_overlay_max_ms"] = Math.Round(board.Overlay.Max);
                figures[$"{key}_overlay_samples"] = board.Overlay.Count;
                await Console.Error.WriteLineAsync($"  board: {structures} structures, notification stored to shown on {board.PagesOpen} pages: p95 {board.Overlay.P95:0} ms");
                figures[$"{key}_memory_all_boards_mb"] = Math.Round(board.BoardsMb, 2);
                figures[$"{key}_memory_per_board_mb"] = Math.Round(board.BoardsMb / board.PagesOpen, 2);
                met &= structures < 10000 || (board.PagesOpen >= pages && board.Render.P50 <= 1000 && board.Change.P95 <= 500
                    && figures[$"{key}_memory_per_board_mb"] is > 0 and <= 5);
            }
        }
        finally
        {
            await browser.DisposeAsync();
        }

        return new BenchResult("board", "Live structure board",
            new Dictionary<string, object> { ["pages"] = PagesAt(10000), ["pagesBelow10000"] = PagesAt(1000), ["changes"] = Changes, ["browser"] = "headless Chromium" },
            figures, "10,000 structures, 50 pages: first render <= 1 s server side, change on every page <= 500 ms at p95, <= 5 MB per open board", met,
            "first render = server prerender of /structures for a signed-in user; change = sync's change event to the name shown, per page; "
            + "overlay = a notification fetch's change event (reinforcement, then attack; no sync) to the state badge shown, per page; "
            + "memory = managed heap (after a forced GC, settled) with every board open minus after they all closed, "
            + "the rows the boards share included; per board: that over the boards");
    }

    internal static string StructureCount(int structures) => structures.ToString(CultureInfo.InvariantCulture);

    internal static async Task<long> TargetAsync(BenchApp app, long owner)
    {
        await using var db = await app.DbAsync();
        return await db.Structures.AsNoTracking()
            .Where(s => s.OwnerId == owner && s.Kind == global::Structures.Core.Structures.StructureKind.Upwell)
            .OrderBy(s => s.Name).Select(s => s.Id).FirstAsync();
    }

    // The structure renamed in the simulated EVE, then the owner synced by the app.
    internal static async Task RenameAsync(BenchApp app, long owner, long target, string name)
    {
        app.World.Change(all => all.Single(s => s.Id == target).Name = name);
        await app.SyncAsync([owner]);
    }

    // The moment the first change event after the action was published. The feed hands events to each subscriber on
    // its own task, so the probe's reading may land just after the action returns: it is waited for (up to 5 s; NaN if
    // none came, a figure that could not be taken).
    internal static async Task<double> PublishedAfterAsync(ConcurrentQueue<double> published, Func<Task> action)
    {
        published.Clear();
        await action();
        var deadline = HttpProbe.NowMs + 5000;
        while (!published.TryPeek(out _) && HttpProbe.NowMs < deadline)
        {
            await Task.Delay(5);
        }

        return published.TryPeek(out var at) ? at : double.NaN;
    }

    internal static IDisposable ObservePublished(BenchApp app, Action<double> published) =>
        app.Get<DashboardEvents>().Subscribe(e =>
        {
            if (e is StructuresChanged)
            {
                published(TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds());
            }

            return Task.CompletedTask;
        });

    internal static BenchApp StartApp(int structures) => BenchApp.Start(Settings(structures));

    // One corporation of the given size, whose structure list and notifications EVE answers afresh every time.
    internal static Dictionary<string, string?> Settings(int structures) => new()
    {
        ["Simulation:Scale:Corporations"] = "1",
        ["Simulation:Scale:StructuresPerCorporation"] = StructureCount(structures),
        ["Simulation:CacheSeconds:corporation-structures"] = "0",
        ["Simulation:CacheSeconds:character-notifications"] = "0",
    };

    internal static long Director => SimScaledWorld.CharacterId(0, 0);
}
