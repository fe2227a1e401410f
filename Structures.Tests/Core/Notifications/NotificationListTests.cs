using Microsoft.EntityFrameworkCore;
using Structures.Core.Access;
using Structures.Core.Notifications;
using Structures.Core.Structures;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Notifications;

// The notifications list against the real database: one page read and rendered, and a search over what they are about.
public sealed class NotificationListTests : AppTest
{
    private readonly DbCommandLog _commands;

    public NotificationListTests()
        : this(new DbCommandLog())
    {
    }

    private NotificationListTests(DbCommandLog commands)
        : base(fakeClock: true, services: commands.AddTo) => _commands = commands;

    [Fact]
    public async Task ForAsync_With500Stored_ReadsOnlyOnePage_AndSaysWhatEachIsAbout()
    {
        var viewer = await WayneWithNotificationsAsync(Enumerable.Range(1, 500).Select(i => NotificationSamples.Attack(i, Clock.GetUtcNow().UtcDateTime.AddMinutes(-i))));
        _commands.Clear();

        var page = await Factory.Get<NotificationList>().ForAsync(viewer, new NotificationFilter(Page: 2), default);

        page.Total.Should().Be(500);
        page.PageCount.Should().Be(20);
        page.Rows.Select(r => r.NotificationId).Should().Equal(Enumerable.Range(26, 25).Select(i => (long)i));
        _commands.Reading("\"Notifications\"").Should().NotBeEmpty().And.OnlyContain(sql => sql.Contains("LIMIT") || sql.Contains("COUNT(*)"));
        var row = page.Rows[0];
        row.Summary.Should().Be(new NotificationSummary("Structure under attack", "Wayne Tower", row.Summary.StructureType, "Amamake", row.Summary.RegionName,
            new NotificationAttacker(row.Summary.Attacker!.Character, "Bad Company", "Big Bad Alliance")));
        row.Summary.StructureType.Should().NotBeNullOrEmpty();
        row.StructureId.Should().Be(NotificationSamples.WayneTower);
        row.Embed!.Title.Should().Be("Structure under attack");
        row.Embed.Description.Should().Contain("Wayne Tower").And.Contain("Big Bad Alliance");
    }

    [Fact]
    public async Task ForAsync_SearchFindsByStructureNameAndAttacker_AndThePageUrlKeepsTheSearch()
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        var viewer = await WayneWithNotificationsAsync([NotificationSamples.Attack(1, now.AddMinutes(-2))]);
        long other;
        await using (var db = await DbAsync())
        {
            other = await db.Structures.Where(s => s.OwnerId == 98000001 && s.Kind == StructureKind.Upwell && s.Id != NotificationSamples.WayneTower).Select(s => s.Id).FirstAsync();
            db.Notifications.Add(NotificationSamples.Attack(2, now.AddMinutes(-1), other, "Gotham Raiders", "Rogues Gallery"));
            await db.SaveChangesAsync();
        }

        var list = Factory.Get<NotificationList>();
        var byStructure = await list.ForAsync(viewer, new NotificationFilter(Search: "wayne TOWER"), default);
        var byAttacker = await list.ForAsync(viewer, new NotificationFilter(Search: "gotham raiders"), default);
        var byAlliance = await list.ForAsync(viewer, new NotificationFilter(Search: "Big Bad"), default);
        var byNothing = await list.ForAsync(viewer, new NotificationFilter(Search: "100%"), default);
        using var browser = await SignedInClientAsync(90000001);
        var html = await browser.GetStringAsync("/notifications?q=Gotham%20Raiders");

        byStructure.Rows.Select(r => r.NotificationId).Should().Equal(1);
        byAttacker.Rows.Select(r => r.NotificationId).Should().Equal(2);
        byAlliance.Rows.Select(r => r.NotificationId).Should().Equal(1);
        byNothing.Rows.Should().BeEmpty();
        html.Should().Contain("value=\"Gotham Raiders\"").And.Contain("Rogues Gallery").And.NotContain("Big Bad Alliance");
    }

    private async Task<ViewerId> WayneWithNotificationsAsync(IEnumerable<global::Structures.Core.Notifications.Notification> notifications)
    {
        var viewer = await SignedInViewerAsync(90000001);
        await AddOwnerAsync(90000001);
        await SyncAsync(98000001);
        await using var db = await DbAsync();
        db.Notifications.AddRange(notifications);
        await db.SaveChangesAsync();
        return viewer;
    }
}
