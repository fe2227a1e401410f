using Microsoft.EntityFrameworkCore;
using Structures.Core.Access;
using Structures.Core.Notifications;
using Structures.Core.Structures.Board;
using Structures.Core.Timers;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Access;

// Wayne Technologies (alliance 99000001) and Bad Company (alliance 99000002) are both owners. Edward Nygma, a
// plain member of Bad Company, must see nothing of Wayne's on any page or endpoint.
public sealed class VisibilityTests : AppTest
{
    private const long Wayne = 98000001;
    private const long BadCompany = 98000003;
    private const long Nygma = 90000008;

    private long _wayneStructure;
    private string _wayneName = "";
    private long _badStructure;

    public override async Task InitializeAsync()
    {
        await AddOwnerAsync(90000001);
        await AddOwnerAsync(90000006);
        await SyncAsync(Wayne);
        await SyncAsync(BadCompany);
        await using var db = await DbAsync();
        var wayne = await db.Structures.Where(s => s.OwnerId == Wayne).OrderBy(s => s.Id).FirstAsync();
        (_wayneStructure, _wayneName) = (wayne.Id, wayne.Name);
        _badStructure = await db.Structures.Where(s => s.OwnerId == BadCompany).Select(s => s.Id).FirstAsync();
        var now = Factory.Get<TimeProvider>().GetUtcNow().UtcDateTime.AddMinutes(-5);
        foreach (var (owner, structure, id) in new[] { (Wayne, _wayneStructure, 1L), (BadCompany, _badStructure, 2L) })
        {
            db.Notifications.Add(new Notification
            {
                OwnerId = owner, NotificationId = id, Type = "StructureUnderAttack", SenderId = 1000137, SenderType = "corporation", Timestamp = now,
                Text = $"structureID: {structure}\n", ContentKey = $"key-{id}", IsKnownType = true, ReceivedAt = now,
            });
            db.StructureTimers.Add(new StructureTimer
            {
                OwnerId = owner, Kind = TimerKind.Armor, Category = TimerCategory.Upwell, EndsAt = now.AddDays(1), StructureId = structure,
                StructureName = owner == Wayne ? "Secret Wayne timer" : "Bad timer",
            });
        }

        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task CoreQueries_ShowAMember_OnlyTheirCorporation()
    {
        var viewer = await SignedInViewerAsync(Nygma);

        var board = await Factory.Get<StructureBoard>().VisibleToAsync(viewer, default);
        var timers = await Factory.Get<TimerBoard>().UpcomingForAsync(viewer, default);
        var notifications = await Factory.Get<NotificationList>().ForAsync(viewer, new NotificationFilter(), default);

        board.Should().NotBeEmpty().And.OnlyContain(r => r.OwnerId == BadCompany);
        timers.Should().ContainSingle().Which.OwnerId.Should().Be(BadCompany);
        notifications.Should().ContainSingle().Which.OwnerId.Should().Be(BadCompany);
        (await Factory.Get<StructureDetails>().ForAsync(viewer, _wayneStructure, default)).Should().BeNull();
        (await Factory.Get<StructureDetails>().ForAsync(viewer, _badStructure, default))!.Structure.OwnerId.Should().Be(BadCompany);
    }

    [Theory]
    [InlineData("/structures")]
    [InlineData("/timers")]
    [InlineData("/notifications")]
    [InlineData("/owners")]
    public async Task Pages_ShowNothingOfAnotherAlliance(string path)
    {
        using var nygma = await SignedInClientAsync(Nygma);

        var html = await nygma.GetStringAsync(path);

        html.Should().NotContain("Wayne").And.NotContain(_wayneName);
    }

    [Fact]
    public async Task CalendarFeed_HoldsOnlyTheTimersOfTheirCorporation()
    {
        var secret = await Factory.Get<TimerFeeds>().CreateAsync(await SignedInViewerAsync(Nygma), default);

        var ics = await Http.GetStringAsync($"/timers/feed/{secret}.ics");

        Ical.Net.Calendar.Load(ics)!.Events.Should().ContainSingle();
        ics.Should().NotContain("Wayne").And.NotContain(_wayneName);
    }

    [Fact]
    public async Task DetailPage_OfAnotherAlliancesStructure_SaysNotFound()
    {
        using var nygma = await SignedInClientAsync(Nygma);

        using var response = await nygma.GetAsync($"/structures/{_wayneStructure}");
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
        html.Should().Contain("data-testid=\"not-found\"").And.NotContain(_wayneName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?owner=98000001")]
    [InlineData("?owner=98000001&kind=Upwell&q=Wayne")]
    public async Task CsvExport_HoldsOnlyVisibleStructures(string query)
    {
        using var nygma = await SignedInClientAsync(Nygma);

        var csv = await nygma.GetStringAsync($"/structures/export.csv{query}");

        csv.Should().StartWith("Id,Owner,").And.NotContain("Wayne");
    }

    [Fact]
    public async Task AllianceGrant_ShowsTheAlliance_ButStillNotTheOtherOne()
    {
        await GrantAsync(Permission.ViewAllianceStructures, GranteeKind.Alliance, 99000002);
        await AddOwnerAsync(90000009);
        await SyncAsync(98000004);
        var viewer = await SignedInViewerAsync(Nygma);

        var owners = (await Factory.Get<StructureBoard>().VisibleToAsync(viewer, default)).Select(r => r.OwnerId).Distinct();

        owners.Should().BeEquivalentTo([BadCompany, 98000004L]);
    }

    [Fact]
    public async Task ViewAll_ShowsEveryOwner()
    {
        await GrantAsync(Permission.ViewAllStructures, GranteeKind.Character, Nygma);
        var viewer = await SignedInViewerAsync(Nygma);

        var owners = (await Factory.Get<StructureBoard>().VisibleToAsync(viewer, default)).Select(r => r.OwnerId).Distinct();

        owners.Should().BeEquivalentTo([Wayne, BadCompany]);
    }

    [Fact]
    public async Task SomeoneFromNoOwnerCorporation_SeesNothing()
    {
        using var stranger = await SignedInClientAsync(90000010);

        var csv = await stranger.GetStringAsync("/structures/export.csv");
        var board = await stranger.GetStringAsync("/structures");

        csv.Trim('\uFEFF').Trim().Split("\r\n").Should().ContainSingle("only the header");
        board.Should().Contain("You have no access to structures yet");
    }

    [Fact]
    public async Task ACorporationChange_IsPickedUpFromEsi_AndWhatTheUserSeesFollows()
    {
        await SignedInViewerAsync(Nygma);
        await using (var db = await DbAsync())
        {
            var character = await db.Characters.SingleAsync(c => c.Id == Nygma);
            character.CorporationId = Wayne;
            character.AllianceId = 99000001;
            await db.SaveChangesAsync();
        }

        var wrong = await Factory.Get<Viewers>().ForCharacterAsync(Nygma, default);
        var changed = await Factory.Get<CharacterAffiliations>().RefreshAsync(default);
        var right = await Factory.Get<Viewers>().ForCharacterAsync(Nygma, default);

        wrong.CorporationIds.Should().Equal(Wayne);
        changed.Should().Be(1);
        right.CorporationIds.Should().Equal(BadCompany);
        right.AllianceIds.Should().Equal(99000002);
        (await Factory.Get<StructureBoard>().VisibleToAsync(await ViewerIdOfAsync(Nygma), default)).Should().OnlyContain(r => r.OwnerId == BadCompany);
    }
}
