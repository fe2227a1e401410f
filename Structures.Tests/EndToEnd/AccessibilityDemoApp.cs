using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Access;
using Structures.Core.Notifications;
using Structures.Core.Webhooks;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.EndToEnd;

// The app the accessibility checks read, seeded once: Wayne Technologies and Bad Company synced, Arkham Outpost
// reinforced (a notification and a timer), a webhook that forwarded it, and a director allowed to add owners.
public sealed class AccessibilityDemoApp() : AppTest(new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = "90000001" })
{
    public const long Admin = 90000001, Director = 90000002, Member = 90000003;

    // The values of the route parameters the checked addresses name.
    public Dictionary<string, string> Addresses { get; } = [];

    // The page markup axe has checked in this run, by frame and by main part (PageMarkup).
    private readonly ConcurrentDictionary<string, bool> _checked = new();

    // Whether the page's frame or main part is new to the checks; both count as checked from now on. The check that
    // follows fails if either holds a finding, so markup is never passed over once it has been seen.
    public bool NotYetChecked(PageMarkup markup)
    {
        var newFrame = _checked.TryAdd($"frame {markup.Frame}", true);
        var newMain = _checked.TryAdd($"main {markup.Main}", true);
        return newFrame || newMain;
    }

    // The app's address; a test reading it has the app's warnings and errors checked when it ends, as for its own app.
    public string BaseUrl
    {
        get
        {
            TestRun.Reads(Factory);
            return Factory.BaseUrl;
        }
    }

    public override async Task InitializeAsync()
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
        Addresses["StructureId"] = arkham.ToString(CultureInfo.InvariantCulture);
        Addresses["WebhookId"] = (await db.Webhooks.Select(w => w.Id).SingleAsync()).ToString(CultureInfo.InvariantCulture);
    }
}
