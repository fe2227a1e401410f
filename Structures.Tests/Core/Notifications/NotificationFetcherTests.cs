using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Live;
using Structures.Core.Notifications;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Notifications;

public sealed class NotificationFetcherTests() : AppTest(fakeClock: true)
{
    private const long Wayne = 98000001;

    public override async Task InitializeAsync()
    {
        await AddOwnerAsync(90000001);
        await AddOwnerAsync(90000002);
    }

    [Fact]
    public async Task OneEvent_SeenByTwoCharacters_IsStoredOnce()
    {
        await Emit(new { type = "StructureUnderAttack", corporationId = Wayne });

        var first = await FetchAsync();
        Clock.Advance(TimeSpan.FromMinutes(11));
        var second = await FetchAsync();

        first.Added.Should().Be(1);
        second.Added.Should().Be(0);
        await using var db = await DbAsync();
        var stored = await db.Notifications.SingleAsync();
        stored.Type.Should().Be("StructureUnderAttack");
        stored.IsKnownType.Should().BeTrue();
        stored.ParseError.Should().BeNull();
        stored.Timestamp.Should().Be(Clock.GetUtcNow().UtcDateTime.AddMinutes(-11));
    }

    [Fact]
    public async Task OneEvent_UnderDifferentIds_IsStoredOnce_ByItsContent()
    {
        await Emit(new { type = "StructureLostShields", corporationId = Wayne, distinctIds = true });

        var first = await FetchAsync();
        Clock.Advance(TimeSpan.FromMinutes(11));
        var second = await FetchAsync();

        await using var db = await DbAsync();
        (await db.OwnerCharacters.CountAsync(c => c.NotificationsLastUsedAt != null)).Should().Be(2, "both characters fetched");
        (first.Added + second.Added).Should().Be(1);
        (await db.Notifications.CountAsync()).Should().Be(1);
    }

    [Fact]
    public async Task UnknownTypes_AndMalformedTexts_AreStored_WithWhatIsWrong()
    {
        await Emit(new { type = "UnknownNotificationType", corporationId = Wayne });
        await Emit(new { type = "StructureUnderAttack", corporationId = Wayne, text = "structureID: [1, 2" });
        await Emit(new { type = "StructureOnline", corporationId = Wayne });

        var result = await FetchAsync();

        result.Added.Should().Be(3);
        await using var db = await DbAsync();
        var stored = await db.Notifications.OrderBy(n => n.NotificationId).ToListAsync();
        stored[0].IsKnownType.Should().BeFalse();
        stored[1].ParseError.Should().StartWith("The notification text is not valid YAML");
        stored[2].ParseError.Should().BeNull();
    }

    [Fact]
    public async Task EsiFailing_StoresNothing_SaysWhy_AndTheNextFetchRecovers()
    {
        ExpectLog("NotificationFetchFailed");
        await Emit(new { type = "StructureUnderAttack", corporationId = Wayne });
        await InjectFaultAsync(new { target = "/sim/esi/characters/", kind = "Status", status = 502 });

        var failed = await FetchAsync();
        await Http.DeleteAsync("/sim/control/faults");
        var recovered = await FetchAsync();

        failed.Error.Should().Contain("daily downtime");
        recovered.Added.Should().Be(1);
        await using var db = await DbAsync();
        var owner = await db.Owners.SingleAsync();
        owner.NotificationsSync.LastError.Should().BeNull();
        owner.NotificationsSync.LastSuccessAt.Should().Be(Clock.GetUtcNow().UtcDateTime);
    }

    [Fact]
    public async Task NewNotifications_AreAnnouncedOnTheChangeFeed_AfterTheCommit()
    {
        var announced = new List<NotificationsReceived>();
        var received = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = Factory.Get<DashboardEvents>().Subscribe(e =>
        {
            if (e is NotificationsReceived change)
            {
                announced.Add(change);
                received.TrySetResult();
            }

            return Task.CompletedTask;
        });
        await Emit(new { type = "StructureUnderAttack", corporationId = Wayne });

        await FetchAsync();
        await received.Task.WaitAsync(TimeSpan.FromSeconds(30));

        await using var db = await DbAsync();
        announced.Should().ContainSingle().Which.NotificationIds.Should().Equal(await db.Notifications.Select(n => n.Id).ToListAsync());
    }

    [Fact]
    public async Task Scheduler_WithTwoCharacters_FetchesEveryFiveMinutes_AlternatingCharacters()
    {
        var scheduler = Factory.Get<NotificationFetchScheduler>();
        var fetches = new List<(int Minute, long Character)>();

        for (var minute = 0; minute <= 30; minute++)
        {
            if ((await scheduler.DueOwnersAsync(default)).Contains(Wayne))
            {
                await scheduler.FetchIsolatedAsync(Wayne, default);
                await using var db = await DbAsync();
                fetches.Add((minute, await db.OwnerCharacters.OrderByDescending(c => c.NotificationsLastUsedAt).Select(c => c.CharacterId).FirstAsync()));
            }

            Clock.Advance(TimeSpan.FromMinutes(1));
        }

        fetches.Select(f => f.Minute).Should().Equal(0, 5, 10, 15, 20, 25, 30);
        fetches.Zip(fetches.Skip(1)).Should().OnlyContain(pair => pair.First.Character != pair.Second.Character);
    }

    private Task<NotificationFetchResult> FetchAsync() => Factory.Get<NotificationFetcher>().FetchAsync(Wayne, default);

    private async Task Emit(object request)
    {
        using var response = await Http.PostAsJsonAsync("/sim/control/notifications", request);
        response.EnsureSuccessStatusCode();
    }
}
