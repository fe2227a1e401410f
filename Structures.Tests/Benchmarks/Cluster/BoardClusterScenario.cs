using System.Collections.Concurrent;
using Structures.Core.Live;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Benchmarks.Cluster;

// Scenario 5's board across two instances on one PostgreSQL database: one corporation of 10,000 structures, its board
// open on instance B in 20 headless Chromium pages (unless --pages says otherwise), and a structure renamed in EVE and
// synced by instance A. A change is timed from A's sync publishing its change event to the new name showing on each
// of B's pages (both read from the wall clock), so it includes pg_notify, B's listener and B's re-render. A page that
// has not shown it within the change limit counts as missed, and at the limit in the distribution.
internal static class BoardClusterScenario
{
    private const int Changes = 5;

    // Every page searches for this, so the changing structure is on its first page whatever the sort.
    private const string Marker = "Bench target";

    private static readonly TimeSpan ChangeLimit = TimeSpan.FromSeconds(5);

    // Opening pages stops after this long, and the run measures the pages it has.
    private static readonly TimeSpan OpenLimit = TimeSpan.FromSeconds(90);

    private static readonly TimeSpan ListenerPatience = TimeSpan.FromSeconds(30);

    public static async Task<BenchResult> RunAsync(bool smoke, int? pagesAsked = null)
    {
        var structures = smoke ? 100 : 10000;
        var pageCount = smoke ? 2 : pagesAsked ?? 20;
        await using var pair = BenchPair.Start(LiveBoardScenario.Settings(structures));
        await pair.B.Get<ClusterFeedListener>().Listening.WaitAsync(ListenerPatience);
        var owner = (await pair.A.AddOwnersAsync([LiveBoardScenario.Director])).Single();
        await pair.A.SyncAsync([owner]);
        var target = await LiveBoardScenario.TargetAsync(pair.A, owner);
        await LiveBoardScenario.RenameAsync(pair.A, owner, target, $"{Marker} 0");

        var published = new ConcurrentQueue<double>();
        using var probe = LiveBoardScenario.ObservePublished(pair.A, published.Enqueue);
        var browser = new BrowserFixture();
        await browser.InitializeAsync();
        try
        {
            await using var pages = await BoardPages.SignInAsync(browser.Browser, pair.B.Factory.BaseUrl, LiveBoardScenario.Director, Marker, target);
            await LiveBoardScenario.RenameAsync(pair.A, owner, target, $"{Marker} warm");
            var openSeconds = await pages.OpenAsync(pageCount, OpenLimit);
            await Console.Error.WriteLineAsync($"  board-cluster: {structures} structures, {pages.Count} pages open on instance B");
            var delays = await pages.RenamesShownAsync(Changes, ChangeLimit, name =>
                LiveBoardScenario.PublishedAfterAsync(published, () => LiveBoardScenario.RenameAsync(pair.A, owner, target, name)));
            var change = Distribution.Of(delays.Select(delay => delay ?? ChangeLimit.TotalMilliseconds));
            var missed = delays.Count(delay => delay is null);
            var figures = new Dictionary<string, double>
            {
                ["pages_open"] = pages.Count,
                ["open_all_pages_s"] = Math.Round(openSeconds, 1),
                ["change_p50_ms"] = Math.Round(change.P50),
                ["change_p95_ms"] = Math.Round(change.P95),
                ["change_max_ms"] = Math.Round(change.Max),
                ["change_samples"] = change.Count,
                ["page_changes_missed"] = missed,
            };
            return new BenchResult("board-cluster", "Live board on one instance, change synced by the other",
                new Dictionary<string, object> { ["instances"] = 2, ["structures"] = structures, ["pages"] = pageCount, ["changes"] = Changes, ["browser"] = "headless Chromium" },
                figures, $"{structures} structures, {pageCount} pages on instance B: a change synced by A shown on every page <= 1 s at p95, no page missing it",
                pages.Count >= pageCount && change.P95 <= 1000 && missed == 0,
                "both instances in one process on one PostgreSQL database; change = A's sync publishing its change event to the new name "
                + $"shown on each page of B, per page, after one uncounted warm-up change; page changes missed = a change not shown on a page within {ChangeLimit.TotalSeconds:0} s");
        }
        finally
        {
            await browser.DisposeAsync();
        }
    }
}
