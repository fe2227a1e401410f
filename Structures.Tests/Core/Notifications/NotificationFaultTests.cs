using System.Net.Http.Json;
using System.Text.Json;
using CsCheck;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Structures.Core.Notifications;
using Structures.Core.Notifications.Rendering;
using Structures.Core.Webhooks;
using Structures.Dashboard.Simulation.Discord;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Notifications;

// A bad notification among good ones, over real HTTP: the simulated ESI serves them, the simulated Discord receives.
// Rendering StructureLostArmor is made to throw, as a renderer bug would.
public sealed class NotificationFaultTests() : AppTest(
    new Dictionary<string, string?> { ["Structures:AdminCharacterIds:0"] = "90000001" },
    fakeClock: true,
    services: services => services.AddSingleton<IStringLocalizer<NotificationWords>>(provider =>
        new ThrowingWords(new StringLocalizer<NotificationWords>(provider.GetRequiredService<IStringLocalizerFactory>()))))
{
    private const long Wayne = 98000001;

    public override async Task InitializeAsync()
    {
        // The renderer here fails on some notifications, which the forwarder reports as it keeps them aside.
        ExpectLog("NotificationFailed");
        // Generated texts name random type IDs, which the simulated ESI does not know.
        ExpectLog("ReferenceDataMissing");
        await using (var db = await DbAsync())
        {
            db.Webhooks.Add(new Webhook
            {
                Name = "alpha", Url = $"{Factory.BaseUrl}/sim/discord/api/webhooks/alpha/token", IsDefault = true, ForwardsUnknownTypes = true,
                NotificationTypes = string.Join(',', NotificationTypes.All.Select(t => t.Name)),
            });
            await db.SaveChangesAsync();
        }

        await AddOwnerAsync(90000001);
    }

    [Fact]
    public async Task BadNotifications_AmongGoodOnes_TheGoodOnesAllReachDiscord_TheBadOnesAreStoredWithTheirError()
    {
        await EmitAsync(new { type = "StructureUnderAttack", corporationId = Wayne });
        await EmitAsync(new { type = "StructureLostArmor", corporationId = Wayne });
        await EmitAsync(new { type = "StructureLostShields", corporationId = Wayne, text = "structureID: [1, 2" });
        await EmitAsync(new { type = "StructureLostShields", corporationId = Wayne, text = "solarsystemID: 30000474\ntimeLeft: 9000000000000000000\ntimestamp: 3000000000000000000\n" });
        await EmitAsync(new { type = "StructureOnline", corporationId = Wayne });

        var fetched = await Factory.Get<NotificationFetcher>().FetchAsync(Wayne, default);
        await DeliverAllAsync();

        fetched.Should().Be(new NotificationFetchResult(5, null));
        var titles = Factory.Get<SimDiscordChannel>().Messages("alpha").SelectMany(m => m.Embeds).Select(e => e.GetProperty("title").GetString()).ToList();
        titles.Should().BeEquivalentTo(["Structure under attack", "Structure lost shield", "Structure online"]);
        await using var db = await DbAsync();
        var stored = await db.Notifications.OrderBy(n => n.NotificationId).ToListAsync();
        stored[1].ProcessingError.Should().Be("render: InvalidOperationException: A renderer bug.");
        stored[1].IsForwarded.Should().BeFalse();
        stored[2].ParseError.Should().StartWith("The notification text is not valid YAML");
        stored.Where(n => n.Type != "StructureLostArmor").Should().OnlyContain(n => n.ProcessingError == null);
    }

    [Fact]
    public async Task FailedNotification_IsShownAsFailed_TakenOnce_AndToldToAdminsOncePerHourWithTheCount()
    {
        await EmitAsync(new { type = "StructureLostArmor", corporationId = Wayne });
        await Factory.Get<NotificationFetcher>().FetchAsync(Wayne, default);
        var again = await Factory.Get<NotificationForwarder>().ForwardAsync(Wayne, default);
        Clock.Advance(TimeSpan.FromMinutes(11));
        await EmitAsync(new { type = "StructureLostArmor", corporationId = Wayne, timeLeftSeconds = 3600 });
        await Factory.Get<NotificationFetcher>().FetchAsync(Wayne, default);

        again.Should().Be(0);
        await using var db = await DbAsync();
        var notice = await db.AdminNotices.SingleAsync(n => n.Title == "Notifications failed for Wayne Technologies");
        notice.Message.Should().StartWith("2 notification(s) of this owner could not be processed").And.Contain("render: InvalidOperationException: A renderer bug.");
        using var browser = await SignedInClientAsync(90000001);
        var page = await browser.GetStringAsync("/notifications");
        var viewer = await ViewerIdOfAsync(90000001);
        var failed = await Factory.Get<NotificationList>().ForAsync(viewer, new NotificationFilter(Status: NotificationStatus.Failed), default);
        failed.Rows.Should().HaveCount(2).And.OnlyContain(r => r.ProcessingError == "render: InvalidOperationException: A renderer bug.");
        page.Should().Contain("Failed: render: InvalidOperationException: A renderer bug.");
    }

    [Fact]
    public async Task EveryGeneratedNotification_IsStored_AndTheOwnersFetchGoesOn()
    {
        await NotificationTextGen.Notification.Array[25].SampleAsync(async batch =>
        {
            Clock.Advance(TimeSpan.FromMinutes(11));
            var emitted = new HashSet<(string, string)>();
            foreach (var (type, text) in batch)
            {
                var echo = (await EmitAsync(new { type, corporationId = Wayne, text })).GetProperty("notifications")[0];
                emitted.Add((echo.GetProperty("type").GetString()!.Trim(), echo.GetProperty("text").GetString()!));
            }

            await using var db = await DbAsync();
            var before = await db.Notifications.CountAsync();
            var fetched = await Factory.Get<NotificationFetcher>().FetchAsync(Wayne, default);

            fetched.Should().Be(new NotificationFetchResult(emitted.Count, null));
            (await db.Notifications.CountAsync()).Should().Be(before + emitted.Count);
            (await db.Notifications.Where(n => n.ProcessingError != null).Select(n => n.Type).ToListAsync()).Should().NotContain(t => t != "StructureLostArmor");
        }, iter: 3, threads: 1, time: -1);
    }

    private async Task<JsonElement> EmitAsync(object request)
    {
        using var response = await Http.PostAsJsonAsync("/sim/control/notifications", request);
        response.IsSuccessStatusCode.Should().BeTrue(await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private sealed class ThrowingWords(IStringLocalizer<NotificationWords> words) : IStringLocalizer<NotificationWords>
    {
        public LocalizedString this[string name] => words[name];

        public LocalizedString this[string name, params object[] arguments] =>
            name == "StructureLostArmor.Text" ? throw new InvalidOperationException("A renderer bug.") : words[name, arguments];

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => words.GetAllStrings(includeParentCultures);
    }
}
