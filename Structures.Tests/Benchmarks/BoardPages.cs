using Microsoft.Playwright;

namespace Structures.Tests.Benchmarks;

// One user's board open in many Chromium pages of one browser context, each searching for the structure that will
// change so that it is on the first page whatever the sort, and the wall clock at which a text first showed on each.
internal sealed class BoardPages : IAsyncDisposable
{
    // A page starts watching before the change is made (a sync, which takes seconds at 10,000 structures).
    private static readonly TimeSpan MakingAllowance = TimeSpan.FromSeconds(60);

    private readonly List<IPage> _pages = [];
    private readonly string _marker;
    private readonly long _target;

    private BoardPages(IBrowserContext context, string marker, long target)
    {
        Context = context;
        _marker = marker;
        _target = target;
    }

    public IBrowserContext Context { get; }

    public int Count => _pages.Count;

    // The first page signs the character in through the simulated EVE SSO and opens the board.
    public static async Task<BoardPages> SignInAsync(IBrowser browser, string baseUrl, long character, string marker, long target)
    {
        var pages = new BoardPages(await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl }), marker, target);
        var first = await pages.Context.NewPageAsync();
        await first.GotoAsync("/auth/login?returnUrl=/structures");
        await first.GetByTestId($"sso-character-{character}").ClickAsync();
        await pages.SearchAsync(first);
        pages._pages.Add(first);
        return pages;
    }

    // Opens further pages until there are as many as asked or the limit has passed; returns the seconds it took.
    public async Task<double> OpenAsync(int count, TimeSpan limit)
    {
        var opening = TimeProvider.System.GetTimestamp();
        while (_pages.Count < count && TimeProvider.System.GetElapsedTime(opening) < limit)
        {
            var page = await Context.NewPageAsync();
            await page.GotoAsync("/structures", new() { Timeout = 60_000 });
            await SearchAsync(page);
            _pages.Add(page);
        }

        return TimeProvider.System.GetElapsedTime(opening).TotalSeconds;
    }

    // Every page watches the element for the text, then the change is made; it returns the wall clock (Unix ms) of
    // the moment it counts from. The result is each page's delay from that moment in ms, or null for a page that did
    // not show the text within the limit.
    public async Task<double?[]> ShownAfterAsync(string testId, string text, TimeSpan limit, Func<Task<double>> change)
    {
        await Task.WhenAll(_pages.Select(page => WatchAsync(page, testId, text, limit + MakingAllowance)));
        var at = await change();
        var shown = await Task.WhenAll(_pages.Select(page => page.EvaluateAsync<double?>("() => window.benchShown")));
        // No moment to count from (nothing was published) is no measurement: NaN, as a figure that could not be taken.
        return [.. shown.Select(seen => double.IsNaN(at) ? double.NaN : seen - at is { } delay && delay <= limit.TotalMilliseconds ? delay : (double?)null)];
    }

    // The target renamed to the marker and 0, 1, ... changes, each made by rename (which returns the moment to count
    // from); the delays of every page in the rounds after the first. Round 0 warms every circuit's first re-render
    // after a change (JIT, first diff) and is not counted: without it the first round's tail, which depends on how far
    // the JIT got while the pages opened, sets a run's p95. The next round starts once every page has shown this one
    // (or its limit passed): ShownAfterAsync waits for that on each page.
    public async Task<List<double?>> RenamesShownAsync(int changes, TimeSpan limit, Func<string, Task<double>> rename)
    {
        var delays = new List<double?>();
        for (var n = 0; n <= changes; n++)
        {
            var name = $"{_marker} {n}";
            var shown = await ShownAfterAsync($"name-{_target}", name, limit, () => rename(name));
            if (n > 0)
            {
                delays.AddRange(shown);
            }
        }

        return delays;
    }

    public async Task CloseAllAsync()
    {
        foreach (var page in _pages)
        {
            await page.CloseAsync(new() { RunBeforeUnload = true });
        }

        _pages.Clear();
    }

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();

    private async Task SearchAsync(IPage page)
    {
        await page.GetByTestId("board-ready").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        await page.GetByPlaceholder("Search name, system, owner, tag").FillAsync(_marker);
        await page.GetByTestId($"name-{_target}").WaitForAsync(new() { Timeout = 60_000 });
    }

    // Leaves a promise on the page of its wall clock when the element first contains the text, seen by a
    // MutationObserver, or null if it did not within the limit.
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
        await page.EvaluateAsync(Script, new object[] { testId, text, limit.TotalMilliseconds });
    }
}
