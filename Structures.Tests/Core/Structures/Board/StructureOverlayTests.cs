using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Live;
using Structures.Core.Notifications;
using Structures.Core.Owners;
using Structures.Core.Structures;
using Structures.Core.Structures.Board;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Structures.Board;

// A stored notification changes what the board and the structure page show at once, until ESI data newer than it
// arrives: the real fetcher and sync against the simulated ESI, whose structure list is cached for an hour.
public sealed class StructureOverlayTests() : AppTest(new Dictionary<string, string?> { ["Structures:Access:AdminCharacterIds:0"] = "90000001" }, fakeClock: true)
{
    private const long Wayne = 98000001;
    private long _tower;

    public override async Task InitializeAsync()
    {
        await AddOwnerAsync(90000001);
        await SyncAsync(Wayne);
        await using var db = await DbAsync();
        _tower = await db.Structures.Where(s => s.Name == "Wayne Tower").Select(s => s.Id).SingleAsync();
        Clock.Advance(TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task FetchAsync_StoredReinforcement_ShowsOnBoardRowsAndStructureDetails_WithItsTimer()
    {
        var viewer = await SignedInViewerAsync(90000001);
        var before = (await Factory.Get<StructureBoard>().VisibleToAsync(viewer, default)).Single(r => r.Id == _tower);
        var timer = Clock.GetUtcNow().UtcDateTime.AddHours(30);

        await ReinforceAndFetchAsync();
        var row = (await Factory.Get<StructureBoard>().VisibleToAsync(viewer, default)).Single(r => r.Id == _tower);
        var detail = await Factory.Get<StructureDetails>().ForAsync(viewer, _tower, default);

        before.Overlay.Should().BeNull();
        row.State.Should().Be(StructureState.ShieldVulnerable, "no sync ran: ESI's word is unchanged");
        row.Overlay!.State.Should().Be(OverlayState.Reinforced);
        row.Overlay.NotificationType.Should().Be("StructureLostShields");
        row.Overlay.NotifiedAt.Should().Be(Clock.GetUtcNow().UtcDateTime);
        row.Overlay.TimerEndsAt.Should().BeCloseTo(timer, TimeSpan.FromSeconds(1));
        detail!.Overlay.Should().Be(row.Overlay);
    }

    [Fact]
    public async Task SyncNowAsync_WhileESICachesTheList_SaysUntilWhen_AndTheOverlayStays()
    {
        var admin = await SignedInViewerAsync(90000001);
        await ReinforceAndFetchAsync();

        var result = await Factory.Get<OwnerAdministration>().SyncNowAsync(admin, Wayne, default);

        await using var db = await DbAsync();
        var until = (await db.Structures.SingleAsync(s => s.Id == _tower)).EsiDataAt!.Value.AddHours(1);
        result.Message.Should().StartWith($"ESI answered from its cache: it holds the structure list until {until:HH:mm} EVE; nothing newer before then.");
        var row = (await Factory.Get<StructureBoard>().VisibleToAsync(admin, default)).Single(r => r.Id == _tower);
        row.Overlay!.State.Should().Be(OverlayState.Reinforced, "the cached list is older than the notification");
    }

    [Fact]
    public async Task SyncAsync_ESIDataNewerThanTheNotification_ClearsTheOverlay()
    {
        var viewer = await SignedInViewerAsync(90000001);
        await ReinforceAndFetchAsync();

        Clock.Advance(TimeSpan.FromMinutes(61));
        var sync = await SyncAsync(Wayne);
        var row = (await Factory.Get<StructureBoard>().VisibleToAsync(viewer, default)).Single(r => r.Id == _tower);

        sync.CachedUntil.Should().BeNull();
        row.State.Should().Be(StructureState.ArmorReinforce);
        row.Overlay.Should().BeNull();
        (await Factory.Get<StructureDetails>().ForAsync(viewer, _tower, default))!.Overlay.Should().BeNull();
    }

    [Fact]
    public async Task FetchAsync_NotificationOlderThanTheESIData_ChangesNothing()
    {
        var viewer = await SignedInViewerAsync(90000001);
        (await Http.PostAsJsonAsync($"/sim/control/structures/{_tower}/reinforce", new { hours = 30 })).EnsureSuccessStatusCode();
        Clock.Advance(TimeSpan.FromMinutes(61));
        await SyncAsync(Wayne);

        var fetched = await Factory.Get<NotificationFetcher>().FetchAsync(Wayne, default);
        var row = (await Factory.Get<StructureBoard>().VisibleToAsync(viewer, default)).Single(r => r.Id == _tower);

        fetched.Added.Should().BeGreaterThan(0);
        row.State.Should().Be(StructureState.ArmorReinforce);
        row.Overlay.Should().BeNull("the sync's data is newer than the notification");
    }

    [Fact]
    public async Task VisibleToAsync_AfterAnotherChange_ReadsNoNotificationTextItParsedBefore()
    {
        var viewer = await SignedInViewerAsync(90000001);
        await ReinforceAndFetchAsync();
        var first = (await Factory.Get<StructureBoard>().VisibleToAsync(viewer, default)).Single(r => r.Id == _tower);
        await using (var db = await DbAsync())
        {
            await db.Notifications.Where(n => n.StructureId == _tower).ExecuteUpdateAsync(n => n.SetProperty(x => x.Text, "not: [yaml"));
        }

        Factory.Get<DashboardEvents>().Publish(new OwnerStatusChanged(0));
        var again = (await Factory.Get<StructureBoard>().VisibleToAsync(viewer, default)).Single(r => r.Id == _tower);

        again.Overlay.Should().Be(first.Overlay);
        again.Overlay!.TimerEndsAt.Should().NotBeNull("the timer comes from the text parsed the first time");
    }

    private async Task ReinforceAndFetchAsync()
    {
        (await Http.PostAsJsonAsync($"/sim/control/structures/{_tower}/reinforce", new { hours = 30 })).EnsureSuccessStatusCode();
        var fetched = await Factory.Get<NotificationFetcher>().FetchAsync(Wayne, default);
        fetched.Added.Should().BeGreaterThan(0);
    }
}
