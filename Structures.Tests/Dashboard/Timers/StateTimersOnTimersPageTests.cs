using System.Net.Http.Json;
using System.Text.Json;
using Structures.Core.Notifications;
using Structures.Core.Timers;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Timers;

// Alfred Pennyworth is a member of Wayne Technologies, which owns Applied Sciences.
public sealed class StateTimersOnTimersPageTests : AppTest
{
    private const long Alfred = 90000003;
    private const long Wayne = 98000001;

    [Fact]
    public async Task ReinforcedStructure_SyncedWithoutItsNotification_IsOnTheTimersPage_AndOnceTheNotificationComes_StillOneRow()
    {
        await AddOwnerAsync(90000001);
        var applied = await SimStructureIdAsync("Applied Sciences");
        (await Http.PostAsJsonAsync($"/sim/control/structures/{applied}/reinforce", new { hours = 20 })).EnsureSuccessStatusCode();
        await SyncAsync(Wayne);
        var alfred = await SignedInViewerAsync(Alfred);
        using var browser = await SignedInClientAsync(Alfred);

        var fromState = (await AppliedSciencesTimersAsync(alfred)).Should().ContainSingle().Subject;
        fromState.Should().BeEquivalentTo(new { Source = TimerSource.StructureState, Kind = TimerKind.Armor, Category = TimerCategory.Upwell, SystemName = "1-PGSG", StructureType = "Raitaru" });
        fromState.EndsAt.Should().BeCloseTo(Factory.Get<TimeProvider>().GetUtcNow().UtcDateTime.AddHours(20), TimeSpan.FromMinutes(5));
        var page = await browser.GetStringAsync("/timers");
        page.Should().Contain($"data-testid=\"timer-kind-state-{applied}-Armor\"").And.Contain("Applied Sciences").And.Contain("from the last sync");

        await Factory.Get<NotificationFetcher>().FetchAsync(Wayne, default);

        var fromNotification = (await AppliedSciencesTimersAsync(alfred)).Should().ContainSingle().Subject;
        fromNotification.Source.Should().Be(TimerSource.Notification);
        fromNotification.Id.Should().BePositive();
        fromNotification.EndsAt.Should().BeCloseTo(fromState.EndsAt, TimerMerge.SameWithin);
        page = await browser.GetStringAsync("/timers");
        page.Should().Contain($"data-testid=\"timer-kind-{fromNotification.Id}\"").And.NotContain($"timer-kind-state-{applied}-");
    }

    [Fact]
    public async Task StateTimers_OfAnotherCorporationsStructures_AreNotShown()
    {
        await AddOwnerAsync(90000001);
        await AddOwnerAsync(90000006);
        await SyncAsync(Wayne);
        await SyncAsync(98000003);
        var alfred = await SignedInViewerAsync(Alfred);

        var rows = await Factory.Get<TimerBoard>().UpcomingForAsync(alfred, default);

        rows.Where(r => r.Source == TimerSource.StructureState).Select(r => r.OwnerName).Should().NotBeEmpty().And.OnlyContain(n => n == "Wayne Technologies");
        rows.Select(r => r.StructureName).Should().Contain("Arkham Outpost").And.NotContain("Safehouse");
    }

    private async Task<IReadOnlyList<TimerBoardRow>> AppliedSciencesTimersAsync(global::Structures.Core.Access.ViewerId viewer) =>
        [.. (await Factory.Get<TimerBoard>().UpcomingForAsync(viewer, default)).Where(r => r.StructureName == "Applied Sciences")];

    private async Task<long> SimStructureIdAsync(string name)
    {
        var world = await Http.GetFromJsonAsync<JsonElement>("/sim/control/world");
        return world.GetProperty("structures").EnumerateArray().First(s => s.GetProperty("name").GetString() == name).GetProperty("id").GetInt64();
    }
}
