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

    // A page starts watching before the sync that makes the change, which takes seconds at 10,000 structures.
    private static readonly TimeSpan SyncAllowance = TimeSpan.FromSeconds(60);

    public static async Task<BoardMeasurement> RunAsync(IBrowser browser, int structures, int pageCount, string marker, int changes, TimeSpan changeLimit)
    {
        await using var app = LiveBoardScenario.StartApp(structures);
        var owner = (await app.AddOwnersAsync([LiveBoardScenario.Director])).Single();
        await app.SyncAsync([owner]);
        var target = await LiveBoardScenario.TargetAsync(app, owner);
        await RenameAsync(app, owner, target, $"{marker} 0");

        // Subscribed before any page, so the publish time is taken before the pages hear of the change.
        var published = new ConcurrentQueue<double>();
        using var probe = LiveBoardScenario.ObservePublished(app, published.Enqueue);

        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.Factory.BaseUrl });
        var first = await context.NewPageAsync();
        await first.GotoAsync("/auth/login?returnUrl=/structures");
        await first.GetByTestId($"sso-character-{LiveBoardScenario.Director}").ClickAsync();
        await SearchAsync(first, marker, target);
        var render = await PrerenderTimesAsync(app, context);

        await RenameAsync(app, owner, target, $"{marker} warm");
        var opening = TimeProvider.System.GetTimestamp();
        var pages = new List<IPage> { first };
        while (pages.Count < pageCount && TimeProvider.System.GetElapsedTime(opening) < OpenLimit)
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/structures", new() { Timeout = 60_000 });
            await SearchAsync(page, marker, target);
            pages.Add(page);
        }

        var openSeconds = TimeProvider.System.GetElapsedTime(opening).TotalSeconds;
        // Round 0 warms every circuit's first re-render after a change (JIT, first diff) and is not counted: without it the
        // first round's tail, which depends on how far the JIT got while the pages opened, sets a run's p95.
        var times = new List<double>();
        for (var n = 0; n <= changes; n++)
        {
            published.Clear();
            var name = $"{marker} {n}";
            await Task.WhenAll(pages.Select(page => WatchAsync(page, $"name-{target}", name, changeLimit)));
            await RenameAsync(app, owner, target, name);
            var at = published.TryPeek(out var publishedAt) ? publishedAt : double.NaN;
            var shown = await Task.WhenAll(pages.Select(page => page.EvaluateAsync<double?>("() => window.benchShown")));
            if (n > 0)
            {
                times.AddRange(shown.Select(seen => Math.Min(seen ?? double.MaxValue, at + changeLimit.TotalMilliseconds) - at));
            }

            await Task.Delay(500);
        }

        var overlay = new List<double>();
        foreach (var (action, badge) in new[] { ("reinforce", "Reinforced"), ("attack", "Under attack") })
        {
            published.Clear();
            await Task.WhenAll(pages.Select(page => WatchAsync(page, $"overlay-{target}", badge, changeLimit)));
            await NotifyAsync(app, owner, target, action);
            var at = published.TryPeek(out var publishedAt) ? publishedAt : double.NaN;
            var shown = await Task.WhenAll(pages.Select(page => page.EvaluateAsync<double?>("() => window.benchShown")));
            overlay.AddRange(shown.Select(seen => Math.Min(seen ?? double.MaxValue, at + changeLimit.TotalMilliseconds) - at));
        }

        var heapOpen = await ManagedHeapMbAsync();
        foreach (var page in pages)
        {
            await page.CloseAsync(new() { RunBeforeUnload = true });
        }

        var heapClosed = await ManagedHeapMbAsync();
        return new BoardMeasurement(pages.Count, openSeconds, render, Distribution.Of(times), heapOpen - heapClosed, Distribution.Of(overlay));
    }

    private static async Task RenameAsync(BenchApp app, long owner, long target, string name)
    {
        app.World.Change(all => all.Single(s => s.Id == target).Name = name);
        await app.SyncAsync([owner]);
    }

    // The simulated EVE notifies the structure's corporation; the fetch stores it and publishes, with no sync.
    private static async Task NotifyAsync(BenchApp app, long owner, long target, string action)
    {
        using var http = app.Factory.CreateHttpClient();
        using var content = new StringContent(action == "reinforce" ? "{\"hours\":30}" : "{}", System.Text.Encoding.UTF8, "application/json");
        (await http.PostAsync($"/sim/control/structures/{target}/{action}", content)).EnsureSuccessStatusCode();
        await app.Get<NotificationFetcher>().FetchAsync(owner, CancellationToken.None);
    }

    private static async Task SearchAsync(IPage page, string marker, long target)
    {
        await page.GetByTestId("board-ready").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        await page.GetByPlaceholder("Search name, system, owner, tag").FillAsync(marker);
        await page.GetByTestId($"name-{target}").WaitForAsync(new() { Timeout = 60_000 });
    }

    // Leaves a promise on the page of its wall clock when the element first contains the text (the new name, a state
    // badge), seen by a MutationObserver, or null if it did not within the limit.
    private static async Task WatchAsync(IPage page, string testId, string text, TimeSpan limit)
    {
        const string Script = """
            ([id, name, limit]) => { window.benchShown = new Promise(resolve => {
              const shown = () => document.querySelector(`[data-testid=${id}]`)?.textContent.includes(name);
              if (shown()) { resolve(Date.now()); return; }
              const observer = new MutationObserver(() => { if (shown()) { observer.disconnect(); resolve(Date.now()); } });
              observer.observe(document.body, { subtree: true, childList: true, characterData: true });
              setTimeout(() => { observer.disconnect(); resolve(null); }, limit);
            }); }
            """;
        await page.EvaluateAsync(Script,
            new object[] { testId, text, limit.TotalMilliseconds + SyncAllowance.TotalMilliseconds });
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
