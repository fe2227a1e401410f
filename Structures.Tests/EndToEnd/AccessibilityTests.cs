using Microsoft.AspNetCore.Components;
using Microsoft.Playwright;
using Structures.Tests.Dashboard.Auth;
using Structures.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Structures.Tests.EndToEnd;

// axe-core over every page each kind of user may open, on demo-like data: two owners synced, a reinforced structure
// with its timer, notifications, a webhook and a grant. Serious and critical findings fail the test. The four roles
// read the same app and data (AccessibilityDemoApp), each in a browser of its own. Each role opens every page it may
// open, but axe runs only where the page shows markup no role has had checked yet in this run (PageMarkup): a new
// frame (the app bar and drawer differ by role) or a new main part (pages show some roles more). Most pages look the
// same to a member, a director and an admin, so each is checked once rather than once per role.
[Collection(BrowserTests.Name)]
public sealed class AccessibilityTests(BrowserFixture browser, AccessibilityDemoApp app, ITestOutputHelper output) : IClassFixture<AccessibilityDemoApp>
{
    // Every routable page, with the address the check opens. An address the app does not serve checks the 404 page.
    private static readonly IReadOnlyDictionary<string, string> Pages = new Dictionary<string, string>
    {
        ["/"] = "/",
        ["/denied"] = "/denied",
        ["/not-found"] = "/no/such/page",
        ["/error"] = "/error",
        ["/structures"] = "/structures",
        ["/structures/{StructureId:long}"] = "/structures/{StructureId}",
        ["/timers"] = "/timers",
        ["/fuel"] = "/fuel",
        ["/notifications"] = "/notifications",
        ["/owners"] = "/owners",
        ["/characters"] = "/characters",
        ["/customs-offices"] = "/customs-offices",
        ["/statistics"] = "/statistics",
        ["/settings/webhooks"] = "/settings/webhooks",
        ["/settings/webhooks/new"] = "/settings/webhooks/new",
        ["/settings/webhooks/{WebhookId:int}"] = "/settings/webhooks/{WebhookId}",
        ["/settings/webhooks/{WebhookId:int}/pings"] = "/settings/webhooks/{WebhookId}/pings",
        ["/settings/access"] = "/settings/access",
        ["/settings/fuel-alerts"] = "/settings/fuel-alerts",
        ["/settings/tags"] = "/settings/tags",
        ["/settings/data"] = "/settings/data",
        ["/admin/notices"] = "/admin/notices",
        ["/demo/discord"] = "/demo/discord",
    };

    [Fact]
    public void Pages_CheckedForAccessibility_AreEveryRoutablePage()
    {
        var routable = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes(typeof(RouteAttribute), inherit: false).Cast<RouteAttribute>())
            .Select(r => r.Template)
            .ToList();

        Pages.Keys.Should().BeEquivalentTo(routable, "a new page is checked with axe before it ships");
    }

    [Theory]
    [InlineData(MatrixRole.Anonymous)]
    [InlineData(MatrixRole.Member)]
    [InlineData(MatrixRole.Director)]
    [InlineData(MatrixRole.Admin)]
    public async Task EveryPage_TheRoleMayOpen_HasNoSeriousOrCriticalViolations(MatrixRole role)
    {
        var values = app.Addresses;
        await using var context = await browser.NewContextAsync(app.BaseUrl);
        var page = await context.NewPageAsync();
        await SignInAsync(page, role);
        var findings = new List<string>();
        var opened = Pages.Where(p => MayOpen(p.Key, role)).ToList();
        var checkedPages = new List<string>();

        foreach (var (route, address) in opened)
        {
            await page.GotoAsync(Fill(address, values));
            // The page is checked as its user meets it: interactive (the app bar's clock goes live with the circuit).
            await page.WaitUntilLiveAsync();
            var markup = await PageMarkup.ReadAsync(page);
            if (!app.NotYetChecked(markup))
            {
                continue;
            }

            checkedPages.Add(route);
            var violations = await AxeInPage.ViolationsAsync(page);
            findings.AddRange(violations.Where(v => v.Impact is "serious" or "critical").Select(v => Describe(route, v)));
        }

        output.WriteLine($"{role}: axe checked {checkedPages.Count} of the {opened.Count} pages opened, the rest showed markup already checked: {string.Join(", ", checkedPages)}");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath($"accessibility-{role.ToString().ToLowerInvariant()}"), FullPage = true });
        findings.Should().BeEmpty($"every page {role} may open meets WCAG 2.1 AA as axe-core checks it");
    }

    // The demo's pages are for whoever signed in to the demo.
    private static bool MayOpen(string route, MatrixRole role) => AuthorizationMatrix.IsDemoOnly(route)
        ? role != MatrixRole.Anonymous
        : AuthorizationMatrix.Routes[$"PAGE {route}"].For(role) == Outcome.Ok;

    private static string Describe(string route, AxeViolation violation) =>
        $"{route}: {violation.Id} ({violation.Impact}) {violation.Help} at "
        + string.Join("; ", violation.Nodes.Select(n => $"{string.Join(" >> ", n.Target.EnumerateArray())} [{string.Join(" ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}]"));

    private static async Task SignInAsync(IPage page, MatrixRole role)
    {
        long? character = role switch
        {
            MatrixRole.Member => AccessibilityDemoApp.Member,
            MatrixRole.Director => AccessibilityDemoApp.Director,
            MatrixRole.Admin => AccessibilityDemoApp.Admin,
            _ => null,
        };
        if (character is null)
        {
            return;
        }

        await page.GotoAsync("/auth/login?returnUrl=/characters");
        await page.GetByTestId($"sso-character-{character}").ClickAsync();
        await page.WaitForURLAsync("**/characters");
    }

    private static string Fill(string address, Dictionary<string, string> values) =>
        values.Aggregate(address, (filled, value) => filled.Replace($"{{{value.Key}}}", value.Value, StringComparison.Ordinal));
}
