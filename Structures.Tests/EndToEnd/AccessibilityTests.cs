using System.Net.Http.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Structures.Core.Access;
using Structures.Core.Notifications;
using Structures.Core.Webhooks;
using Structures.Tests.Dashboard.Auth;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.EndToEnd;

// axe-core over every page each kind of user may open, on demo-like data: two owners synced, a reinforced structure
// with its timer, notifications, a webhook and a grant. Serious and critical findings fail the test.
[Collection(BrowserTests.Name)]
public sealed class AccessibilityTests(BrowserFixture browser) : AppTest(new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = "90000001" })
{
    private const long Admin = 90000001, Director = 90000002, Member = 90000003;

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
        var values = await DemoDataAsync();
        await using var context = await browser.NewContextAsync(Factory.BaseUrl);
        var page = await context.NewPageAsync();
        await SignInAsync(page, role);
        var findings = new List<string>();

        foreach (var (route, address) in Pages.Where(p => MayOpen(p.Key, role)))
        {
            await page.GotoAsync(Fill(address, values));
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var result = await page.RunAxe();
            findings.AddRange(result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => Describe(route, v)));
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath($"accessibility-{role.ToString().ToLowerInvariant()}"), FullPage = true });
        findings.Should().BeEmpty($"every page {role} may open meets WCAG 2.1 AA as axe-core checks it");
    }

    // The demo's pages are for whoever signed in to the demo.
    private static bool MayOpen(string route, MatrixRole role) => AuthorizationMatrix.IsDemoOnly(route)
        ? role != MatrixRole.Anonymous
        : AuthorizationMatrix.Routes[$"PAGE {route}"].For(role) == Outcome.Ok;

    private static string Describe(string route, AxeResultItem violation) =>
        $"{route}: {violation.Id} ({violation.Impact}) {violation.Help} at "
        + string.Join("; ", violation.Nodes.Select(n => $"{n.Target} [{string.Join(" ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}]"));

    private static async Task SignInAsync(IPage page, MatrixRole role)
    {
        long? character = role switch
        {
            MatrixRole.Member => Member,
            MatrixRole.Director => Director,
            MatrixRole.Admin => Admin,
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

    // Wayne Technologies and Bad Company synced, Arkham Outpost reinforced (a notification and a timer), a webhook
    // that forwarded it, and a director allowed to add owners.
    private async Task<Dictionary<string, string>> DemoDataAsync()
    {
        await AddOwnerAsync(Admin);
        await AddOwnerAsync(90000006);
        await SyncAsync(98000001);
        await SyncAsync(98000003);
        await GrantAsync(Permission.AddStructureOwner, GranteeKind.Character, Director);
        var admin = await SignedInViewerAsync(Admin);
        await Factory.Get<WebhookAdministration>().SaveAsync(admin, null, new WebhookForm { Name = "Ops", Url = "https://discord.com/api/webhooks/1/abc" }, default);
        await using var db = await DbAsync();
        var arkham = await db.Structures.Where(s => s.Name == "Arkham Outpost").Select(s => s.Id).SingleAsync();
        using var reinforced = await Http.PostAsJsonAsync($"/sim/control/structures/{arkham}/reinforce", new { hours = 30 });
        reinforced.EnsureSuccessStatusCode();
        await Factory.Get<NotificationFetcher>().FetchAsync(98000001, default);
        return new Dictionary<string, string>
        {
            ["StructureId"] = arkham.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["WebhookId"] = (await db.Webhooks.Select(w => w.Id).SingleAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
