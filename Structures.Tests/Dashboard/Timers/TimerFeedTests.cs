using System.Net;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Access;
using Structures.Core.Timers;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Timers;

// Alfred Pennyworth is a member of Wayne Technologies; Bad Company is another owner.
public sealed class TimerFeedTests : AppTest
{
    private const long Alfred = 90000003;
    private const long Wayne = 98000001;
    private const long BadCompany = 98000003;

    private DateTime _now;

    public override async Task InitializeAsync()
    {
        await AddOwnerAsync(90000001);
        await AddOwnerAsync(90000006);
        await SyncAsync(Wayne);
        await SyncAsync(BadCompany);
        await using (var db = await DbAsync())
        {
            // The sync's starbase timers and the synced structures' state timers are left out: each test makes the timers it counts.
            await db.StructureTimers.ExecuteDeleteAsync();
            await db.Structures.ExecuteUpdateAsync(s => s.SetProperty(x => x.StateTimerEnd, (DateTime?)null).SetProperty(x => x.UnanchorsAt, (DateTime?)null));
        }

        var now = Factory.Get<TimeProvider>().GetUtcNow().UtcDateTime;
        _now = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
    }

    [Fact]
    public async Task Feed_HoldsTheUpcomingTimersTheUserMaySee_OneEventEach_WithStableUids()
    {
        var armor = await AddTimerAsync(Wayne, TimerKind.Armor, _now.AddHours(5), "Applied Sciences");
        var hull = await AddTimerAsync(Wayne, TimerKind.Hull, _now.AddDays(2), "Wayne Keep");
        await AddTimerAsync(Wayne, TimerKind.Final, _now.AddHours(-1), "Already over");
        await AddTimerAsync(BadCompany, TimerKind.Armor, _now.AddHours(3), "Bad Company keep");
        var url = await FeedUrlAsync(Alfred);

        using var response = await Http.GetAsync(url);
        var first = Calendar.Load(await response.Content.ReadAsStringAsync())!;
        var again = Calendar.Load(await Http.GetStringAsync(url))!;

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/calendar");
        first.Events.Select(e => e.Uid).Should().Equal($"structures-timer-{armor}", $"structures-timer-{hull}");
        again.Events.Select(e => e.Uid).Should().Equal(first.Events.Select(e => e.Uid));
        var armorEvent = first.Events.First();
        armorEvent.Summary.Should().Be("[Armor] 1-PGSG – Applied Sciences (Astrahus)");
        armorEvent.DtStart!.AsUtc.Should().Be(_now.AddHours(5));
        armorEvent.DtEnd!.AsUtc.Should().Be(_now.AddHours(5));
        armorEvent.Description.Should().Contain("Owner: Wayne Technologies, from a notification").And.Contain("Region: Detorid");
    }

    [Fact]
    public async Task RevokedUnknownOrReplacedSecrets_Answer404()
    {
        await AddTimerAsync(Wayne, TimerKind.Armor, _now.AddHours(5), "Applied Sciences");
        var feeds = Factory.Get<TimerFeeds>();
        var alfred = await SignedInViewerAsync(Alfred);
        var replaced = await FeedUrlAsync(Alfred);
        var current = $"/timers/feed/{await feeds.CreateAsync(alfred, default)}.ics";

        (await StatusAsync(replaced)).Should().Be(HttpStatusCode.NotFound);
        (await StatusAsync(current)).Should().Be(HttpStatusCode.OK);
        (await StatusAsync("/timers/feed/not-a-secret.ics")).Should().Be(HttpStatusCode.NotFound);

        (await feeds.RevokeAsync(alfred, default)).Should().BeTrue();

        (await StatusAsync(current)).Should().Be(HttpStatusCode.NotFound);
        (await feeds.CreatedAtAsync(alfred, default)).Should().BeNull();
    }

    [Fact]
    public async Task AUserWhoLostAccess_GetsAnEmptyCalendar()
    {
        await AddTimerAsync(Wayne, TimerKind.Armor, _now.AddHours(5), "Applied Sciences");
        var url = await FeedUrlAsync(Alfred);
        Calendar.Load(await Http.GetStringAsync(url))!.Events.Should().ContainSingle();
        await using (var db = await DbAsync())
        {
            var alfred = await db.Characters.SingleAsync(c => c.Id == Alfred);
            alfred.CorporationId = 98000099;
            alfred.AllianceId = null;
            await db.SaveChangesAsync();
        }

        using var response = await Http.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        Calendar.Load(await response.Content.ReadAsStringAsync())!.Events.Should().BeEmpty();
    }

    [Fact]
    public async Task ACorporationRestrictedManualTimer_OfAnotherCorporation_IsNotInTheFeed()
    {
        await GrantAsync(Permission.AddManualTimers, GranteeKind.Character, 90000006);
        var badDude = await SignedInViewerAsync(90000006);
        foreach (var (name, restricted) in new[] { ("Open hostile", false), ("Corp hostile", true) })
        {
            await Factory.Get<ManualTimers>().AddAsync(badDude, new ManualTimerForm
            {
                Kind = TimerKind.Final, System = "1-PGSG", StructureName = name, StructureType = "Astrahus", EndsAt = "in 1d", IsCorpRestricted = restricted,
            }, default);
        }

        var calendar = Calendar.Load(await Http.GetStringAsync(await FeedUrlAsync(Alfred)))!;

        calendar.Events.Select(e => e.Summary).Should().Equal("[Final] 1-PGSG – Open hostile (Astrahus)");
        calendar.Events.Single().Description.Should().Contain("Entered by hand by Bad Dude");
    }

    private async Task<string> FeedUrlAsync(long characterId)
    {
        var secret = await Factory.Get<TimerFeeds>().CreateAsync(await SignedInViewerAsync(characterId), default);
        return $"/timers/feed/{secret}.ics";
    }

    private async Task<HttpStatusCode> StatusAsync(string url)
    {
        using var response = await Http.GetAsync(url);
        return response.StatusCode;
    }

    private async Task<int> AddTimerAsync(long ownerId, TimerKind kind, DateTime endsAt, string name)
    {
        await using var db = await DbAsync();
        var timer = new StructureTimer
        {
            OwnerId = ownerId, Kind = kind, Category = TimerCategory.Upwell, EndsAt = endsAt, StructureName = name, StructureTypeId = 35832,
            SolarSystemId = 30000474, CreatedAt = _now,
        };
        db.StructureTimers.Add(timer);
        await db.SaveChangesAsync();
        return timer.Id;
    }
}
