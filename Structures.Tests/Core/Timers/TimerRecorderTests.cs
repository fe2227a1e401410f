using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Owners;
using Structures.Core.Notifications;
using Structures.Core.Timers;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Timers;

// Runs on PostgreSQL too (Core/Data/OnPostgresTests.cs).
public class TimerRecorderTests : AppTest
{
    public TimerRecorderTests()
        : this(DatabaseProvider.Sqlite)
    {
    }

    protected TimerRecorderTests(DatabaseProvider provider)
        : base(fakeClock: true, provider: provider)
    {
    }

    private const long Wayne = 98000001;

    public override async Task InitializeAsync()
    {
        await AddOwnerAsync(90000001);
        await AddOwnerAsync(90000002);
    }

    [Fact]
    public async Task FetchedReinforcement_BecomesATimer_Once()
    {
        await Http.PostAsJsonAsync("/sim/control/notifications", new { type = "StructureLostShields", corporationId = Wayne });

        await Fetch();
        Clock.Advance(TimeSpan.FromMinutes(11));
        await Fetch();

        await using var db = await DbAsync();
        var timer = await db.StructureTimers.SingleAsync();
        var notification = await db.Notifications.SingleAsync();
        timer.Kind.Should().Be(TimerKind.Armor);
        var timeLeft = NotificationText.Parse(notification.Text).Text!.GetDuration("timeLeft")!.Value;
        timer.EndsAt.Should().BeCloseTo(notification.Timestamp + timeLeft, TimeSpan.FromSeconds(1));
        timer.EndsAt.Should().BeAfter(Clock.GetUtcNow().UtcDateTime.AddDays(1));
        timer.IsCorpRestricted.Should().BeFalse();
        notification.IsTimerAdded.Should().BeTrue();
    }

    [Fact]
    public async Task CorpRestrictedSetting_MarksNewTimers()
    {
        await using var factory = new DashboardFactory(new Dictionary<string, string?> { ["Structures:TimersAreCorpRestricted"] = "true" }, Clock);
        await using var db = await factory.Get<IDbContextFactory<StructuresDbContext>>().CreateDbContextAsync();
        db.Owners.Add(new Owner { CorporationId = Wayne, CorporationName = "Wayne Technologies" });
        db.Notifications.Add(new Notification
        {
            OwnerId = Wayne, NotificationId = 1, Type = "OrbitalReinforced", SenderType = "corporation", ContentKey = "a", IsKnownType = true,
            Timestamp = Clock.GetUtcNow().UtcDateTime, Text = $"planetID: 40029526\nreinforceExitTime: {Clock.GetUtcNow().UtcDateTime.AddHours(20).ToFileTimeUtc()}\nsolarSystemID: 30000474\n",
        });
        await db.SaveChangesAsync();

        var added = await factory.Get<TimerRecorder>().RecordAsync(Wayne, default);

        added.Should().Be(1);
        (await db.StructureTimers.SingleAsync()).IsCorpRestricted.Should().BeTrue();
    }

    [Fact]
    public async Task RecordAsync_TimesFromTheTextAsRead_NeverFromTheStoredYaml()
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        await using var db = await DbAsync();
        var owner = await db.Owners.SingleAsync(o => o.CorporationId == Wayne);
        var row = new Notification
        {
            OwnerId = Wayne, NotificationId = 1, Type = "StructureLostShields", SenderType = "corporation", ContentKey = "a", IsKnownType = true,
            Timestamp = now, Text = "",
        };
        db.Notifications.Add(row);
        await db.SaveChangesAsync();
        var read = ParsedNotification.Parse(new Notification
        {
            OwnerId = Wayne, Type = "StructureLostShields", SenderType = "corporation", ContentKey = "a", Text = "structureID: 1000000000001\nsolarsystemID: 30000474\ntimeLeft: 1727805401093\n",
        }) with { Row = row };

        var added = await Factory.Get<TimerRecorder>().RecordAsync(db, owner, [read], default);

        added.Should().Be(1);
        row.IsTimerAdded.Should().BeTrue();
        var timer = await db.StructureTimers.SingleAsync();
        (timer.Kind, timer.StructureId, timer.SolarSystemId, timer.SourceNotificationId).Should().Be((TimerKind.Armor, 1000000000001L, 30000474L, 1L));
        timer.EndsAt.Should().BeCloseTo(now + TimeSpan.FromTicks(1727805401093), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task CancelledExtraction_TakesItsTimerAway()
    {
        var refinery = await FirstRefineryAsync();
        await Http.PostAsJsonAsync("/sim/control/notifications", new { type = "MoonminingExtractionStarted", structureId = refinery });
        await Fetch();
        await using (var db = await DbAsync())
        {
            (await db.StructureTimers.SingleAsync()).Kind.Should().Be(TimerKind.MoonExtraction);
        }

        Clock.Advance(TimeSpan.FromMinutes(11));
        await Http.PostAsJsonAsync("/sim/control/notifications", new { type = "MoonminingExtractionCancelled", structureId = refinery });
        await Fetch();

        await using var after = await DbAsync();
        (await after.StructureTimers.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task ExtractionStartedAndCancelledWithinOneFetch_LeavesNoTimer()
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        var readyTime = now.AddDays(10).ToFileTimeUtc();
        await using (var db = await DbAsync())
        {
            db.Notifications.AddRange(
                Moon(1, "MoonminingExtractionStarted", now.AddMinutes(-2), $"readyTime: {readyTime}\nsolarSystemID: 30002537\nstructureID: 1000000000002\n"),
                Moon(2, "MoonminingExtractionCancelled", now.AddMinutes(-1), "solarSystemID: 30002537\nstructureID: 1000000000002\n"));
            await db.SaveChangesAsync();
        }

        var added = await Factory.Get<TimerRecorder>().RecordAsync(Wayne, default);

        await using var after = await DbAsync();
        added.Should().Be(0);
        (await after.StructureTimers.CountAsync()).Should().Be(0);
        (await after.Notifications.CountAsync(n => n.IsTimerAdded)).Should().Be(2);
    }

    [Fact]
    public async Task StaleNotifications_MakeNoTimer()
    {
        await Http.PostAsJsonAsync("/sim/control/notifications", new { type = "OrbitalReinforced", corporationId = Wayne });
        await using (var db = await DbAsync())
        {
            db.Notifications.Add(new Notification
            {
                OwnerId = Wayne, NotificationId = 1, Type = "StructureLostArmor", SenderType = "corporation", Text = "structureID: 5\ntimeLeft: 100000000",
                ContentKey = "stale", Timestamp = Clock.GetUtcNow().UtcDateTime.AddHours(-25), IsKnownType = true,
            });
            await db.SaveChangesAsync();
        }

        await Fetch();

        await using var after = await DbAsync();
        (await after.StructureTimers.Select(t => t.Category).ToListAsync()).Should().Equal(TimerCategory.CustomsOffice);
    }

    private static Notification Moon(long id, string type, DateTime timestamp, string text) => new()
    {
        OwnerId = Wayne, NotificationId = id, Type = type, SenderType = "corporation", Text = text, ContentKey = $"moon{id}", Timestamp = timestamp, IsKnownType = true,
    };

    private Task<NotificationFetchResult> Fetch() => Factory.Get<NotificationFetcher>().FetchAsync(Wayne, default);

    private async Task<long> FirstRefineryAsync()
    {
        var world = await Http.GetFromJsonAsync<System.Text.Json.JsonElement>("/sim/control/world");
        return world.GetProperty("structures").EnumerateArray()
            .First(s => s.GetProperty("typeId").GetInt64() == 35835 && s.GetProperty("corporationId").GetInt64() == Wayne).GetProperty("id").GetInt64();
    }
}
