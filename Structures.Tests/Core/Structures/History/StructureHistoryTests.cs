using System.Net.Http.Json;
using System.Text.Json;
using Structures.Core.Notifications;
using Structures.Core.Structures.History;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Structures.History;

// A structure's history from the notifications the simulated EVE sends its owner, found by the structure they name.
public sealed class StructureHistoryTests : AppTest
{
    private const long Wayne = 98000001;
    private const long BadCompany = 98000003;

    [Theory]
    [InlineData("Upwell", 0.0, 98.65, 100.0)]
    [InlineData("CustomsOffice", 98.22, null, null)]
    [InlineData("Starbase", 39.51, 69.51, 100.0)]
    [InlineData("Skyhook", 0.0, 99.98, 100.0)]
    public async Task ForAsync_AnAttackOnAnyKind_ShowsTheAttackWithWhatWasLeftAndWhoShot(string kind, double shield, double? armor, double? hull)
    {
        await AddOwnerAsync(90000001);
        await SyncAsync(Wayne);
        var target = await WayneStructureAsync(kind);
        (await Http.PostAsync($"/sim/control/structures/{target}/attack", null)).EnsureSuccessStatusCode();
        await Factory.Get<NotificationFetcher>().FetchAsync(Wayne, default);

        var page = await Factory.Get<StructureHistory>().ForAsync(await SignedInViewerAsync(90000003), target, null, 50, default);

        var attack = page!.Events.Should().ContainSingle().Subject;
        attack.Kind.Should().Be(HistoryEventKind.Attack);
        // The simulator's samples: percentages for Upwell structures and skyhooks, fractions for towers and offices.
        var left = attack.HitPoints!;
        left.Shield!.Value.Should().BeApproximately(shield, 0.01);
        (left.Armor is { } a ? Math.Round(a, 2) : (double?)null).Should().Be(armor);
        (left.Hull is { } h ? Math.Round(h, 2) : (double?)null).Should().Be(hull);
        attack.Attacker!.CorporationId.Should().Be(BadCompany);
        page.Older.Should().BeNull();
    }

    [Fact]
    public async Task ForAsync_AReinforcement_CarriesItsTimer()
    {
        await AddOwnerAsync(90000001);
        await SyncAsync(Wayne);
        var target = await WayneStructureAsync("Upwell");
        (await Http.PostAsJsonAsync($"/sim/control/structures/{target}/reinforce", new { hours = 30 })).EnsureSuccessStatusCode();
        var now = Factory.Get<TimeProvider>().GetUtcNow().UtcDateTime;
        await Factory.Get<NotificationFetcher>().FetchAsync(Wayne, default);

        var page = await Factory.Get<StructureHistory>().ForAsync(await SignedInViewerAsync(90000003), target, null, 50, default);

        var reinforced = page!.Events.Should().ContainSingle().Subject;
        reinforced.Type.Should().Be("StructureLostShields");
        reinforced.TimerEndsAt.Should().BeCloseTo(now.AddHours(30), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task ForAsync_LeavesOutAnotherOwnersNotification_AboutTheSameStructure()
    {
        await AddOwnerAsync(90000001);
        await AddOwnerAsync(90000006);
        await SyncAsync(Wayne);
        var target = await WayneStructureAsync("Upwell");
        await StoreAsync(Wayne, target, 1, Now.AddHours(-1));
        await StoreAsync(BadCompany, target, 2, Now.AddMinutes(-30));

        // The admin sees every owner, so only the owner rule keeps Bad Company's notification out.
        var page = await Factory.Get<StructureHistory>().ForAsync(await SignedInViewerAsync(90000001), target, null, 50, default);

        page!.Events.Select(e => e.NotificationId).Should().Equal(1);
    }

    [Fact]
    public async Task ForAsync_PagesFromTheNewest_WithoutRepeatingOrSkipping()
    {
        await AddOwnerAsync(90000001);
        await SyncAsync(Wayne);
        var target = await WayneStructureAsync("Upwell");
        var at = Now.AddDays(-1);
        foreach (var id in Enumerable.Range(1, 5))
        {
            // Two of them at the same second: the cursor still tells them apart.
            await StoreAsync(Wayne, target, id, id == 3 ? at.AddMinutes(2) : at.AddMinutes(id));
        }

        var history = Factory.Get<StructureHistory>();
        var viewer = await SignedInViewerAsync(90000003);
        var first = await history.ForAsync(viewer, target, null, 2, default);
        var second = await history.ForAsync(viewer, target, first!.Older, 2, default);
        var third = await history.ForAsync(viewer, target, second!.Older, 2, default);

        first.Events.Select(e => e.NotificationId).Should().Equal(5, 4);
        second.Events.Select(e => e.NotificationId).Should().Equal(3, 2);
        third!.Events.Select(e => e.NotificationId).Should().Equal(1);
        third.Older.Should().BeNull();
    }

    private DateTime Now => Factory.Get<TimeProvider>().GetUtcNow().UtcDateTime;

    private async Task<long> WayneStructureAsync(string kind)
    {
        var world = await Http.GetFromJsonAsync<JsonElement>("/sim/control/world");
        return world.GetProperty("structures").EnumerateArray()
            .First(s => s.GetProperty("corporationId").GetInt64() == Wayne && s.GetProperty("kind").GetString() == kind
                && (kind != "Starbase" || s.GetProperty("state").GetString() == "online"))
            .GetProperty("id").GetInt64();
    }

    private async Task StoreAsync(long ownerId, long structureId, long notificationId, DateTime at)
    {
        await using var db = await DbAsync();
        var second = new DateTime(at.Ticks - (at.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        db.Notifications.Add(new Notification
        {
            OwnerId = ownerId, NotificationId = notificationId, Type = "StructureUnderAttack", SenderId = 1000137, SenderType = "corporation", Timestamp = second,
            Text = $"structureID: {structureId}\nshieldPercentage: {notificationId * 10}\n", ContentKey = $"history-{ownerId}-{notificationId}", IsKnownType = true,
            ReceivedAt = second, StructureId = structureId,
        });
        await db.SaveChangesAsync();
    }
}
