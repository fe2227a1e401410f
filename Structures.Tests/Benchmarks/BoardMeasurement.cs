using System.Collections.Concurrent;
using Microsoft.Playwright;
using Structures.Core.Live;
using Structures.Core.Notifications;

namespace Structures.Tests.Benchmarks;

// One size of the live board scenario: the app with one corporation of the given size, one user's board open in
// many pages, each searching for the structure that will change, then a few renames of it synced from EVE.
// BoardsMb is the managed memory the open boards held: what the server lets go of when they all close, the rows
// they share included. Both readings come after the last change, so the sync's own garbage does not land between them.
// Overlay: a reinforcement and then an attack notified in EVE and fetched (no sync), timed from the fetch publishing its
// change event to the state badge showing on each page.
internal sealed record BoardMeasurement(int PagesOpen, double OpenSeconds, Distribution Render, Distribution Change, double BoardsMb, Distribution Overlay)
{
    // Opening pages stops after this long, and the run measures the pages it has.
    private static readonly TimeSpan OpenLimit = TimeSpan.FromSeconds(90);

    public static async Task<BoardMeasurement> RunAsync(IBrowser browser, int structures, int pageCount, string marker, int changes, TimeSpan changeLimit)
    {
        await using var app = LiveBoardScenario.StartApp(structures);
        var owner = (await app.AddOwnersAsync([LiveBoardScenario.Director])).Single();
        await app.SyncAsync([owner]);
        var target = await LiveBoardScenario.TargetAsync(app, owner);
        await LiveBoardScenario.RenameAsync(app, owner, target, $"{marker} 0");

        // Subscribed before any page, so the publish time is taken before the pages hear of the change.
        var published = new ConcurrentQueue<double>();
        using var probe = LiveBoardScenario.ObservePublished(app, published.Enqueue);

        await using var pages = await BoardPages.SignInAsync(browser, app.Factory.BaseUrl, LiveBoardScenario.Director, marker, target);
        var render = await PrerenderTimesAsync(app, pages.Context);

        await LiveBoardScenario.RenameAsync(app, owner, target, $"{marker} warm");
        var openSeconds = await pages.OpenAsync(pageCount, OpenLimit);
        var renames = await pages.RenamesShownAsync(changes, changeLimit, name =>
            LiveBoardScenario.PublishedAfterAsync(published, () => LiveBoardScenario.RenameAsync(app, owner, target, name)));
        var times = renames.Select(delay => delay ?? changeLimit.TotalMilliseconds);

        var overlay = new List<double>();
        foreach (var (action, badge) in new[] { ("reinforce", "Reinforced"), ("attack", "Under attack") })
        {
            var shown = await pages.ShownAfterAsync($"overlay-{target}", badge, changeLimit, () =>
                LiveBoardScenario.PublishedAfterAsync(published, () => NotifyAsync(app, owner, target, action)));
            overlay.AddRange(shown.Select(delay => delay ?? changeLimit.TotalMilliseconds));
        }

        var heapOpen = await ManagedHeapMbAsync();
        var pagesOpen = pages.Count;
        await pages.CloseAllAsync();
        var heapClosed = await ManagedHeapMbAsync();
        return new BoardMeasurement(pagesOpen, openSeconds, render, Distribution.Of(times), heapOpen - heapClosed, Distribution.Of(overlay));
    }

    // The simulated EVE notifies the structure's corporation; the fetch stores it and publishes, with no sync.
    private static async Task NotifyAsync(BenchApp app, long owner, long target, string action)
    {
        using var http = app.Factory.CreateHttpClient();
        using var content = new StringContent(action == "reinforce" ? "{\"hours\":30}" : "{}", System.Text.Encoding.UTF8, "application/json");
        (await http.PostAsync($"/sim/control/structures/{target}/{action}", content)).EnsureSuccessStatusCode();
        await app.Get<NotificationFetcher>().FetchAsync(owner, CancellationToken.None);
    }

    // The server's own time to render the board for a signed-in user: the prerendered page, over real HTTP.
    private static async Task<Distribution> PrerenderTimesAsync(BenchApp app, IBrowserContext context)
    {
        var cookies = await context.CookiesAsync();
        using var http = app.Factory.CreateHttpClient();
        http.DefaultRequestHeaders.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Name}={c.Value}")));
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            // Any published change ends the boards' shared read, so each render reads the database afresh.
            app.Get<DashboardEvents>().Publish(new OwnerStatusChanged(0));
            var start = HttpProbe.NowMs;
            using var response = await http.GetAsync("/structures");
            _ = await response.Content.ReadAsStringAsync();
            response.EnsureSuccessStatusCode();
            times.Add(HttpProbe.NowMs - start);
        }

        return Distribution.Of(times);
    }

    // After a forced GC, read again each half second until two readings agree within 1 MB (at most 20 s): memory the
    // app lets go on a timer (a previous run's circuits, caches) must not land between two readings.
    private static async Task<double> ManagedHeapMbAsync()
    {
        var last = Collected();
        for (var i = 0; i < 40; i++)
        {
            await Task.Delay(500);
            var now = Collected();
            if (Math.Abs(now - last) < 1)
            {
                return now;
            }

            last = now;
        }

        return last;
    }

    private static double Collected()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024);
    }
}
