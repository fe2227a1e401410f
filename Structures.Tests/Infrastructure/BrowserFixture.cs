using Microsoft.Playwright;

namespace Structures.Tests.Infrastructure;

// One headless Chromium from the distribution for all browser tests. Playwright's own browser download is not used.
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("STRUCTURES_CHROMIUM")
        ?? new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("Chromium is not installed: run `apt-get install chromium` or set STRUCTURES_CHROMIUM.");

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
            ],
        });
    }

    // Pages of the app under test. The machine runs builds and other tests beside the browser, so actions and
    // navigations get a minute and expectations 20 seconds before they count as failed.
    public Task<IBrowserContext> NewContextAsync(string baseUrl) => NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl });

    // A phone held upright: 390×844 CSS pixels, touch, and the page's viewport meta honoured as a phone does.
    public Task<IBrowserContext> NewPhoneContextAsync(string baseUrl) => NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = baseUrl, ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true,
    });

    private async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options)
    {
        Assertions.SetDefaultExpectTimeout(20_000);
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return context;
    }

    // What the browser refused under the app's Content-Security-Policy while the page was open (Chromium reports
    // each refusal on the console).
    public static List<string> WatchContentSecurityPolicy(IPage page)
    {
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (refused)
                {
                    refused.Add(message.Text);
                }
            }
        };
        return refused;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    // Screenshots of each journey's last page land in artifacts/screenshots at the repository root.
    public static string ScreenshotPath(string name)
    {
        var folder = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $"{name}.png");
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Structures.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? AppContext.BaseDirectory;
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
