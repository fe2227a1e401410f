using Microsoft.EntityFrameworkCore;
using Structures.Core.Access;
using Structures.Core.Notifications;
using Structures.Core.Overview;
using Structures.Core.Structures.Board;
using Structures.Core.Timers;

namespace Structures.Tests.Core.Access;

public sealed class VisibilityTests : TwoAlliancesTest
{
    [Fact]
    public async Task CoreQueries_ShowAMember_OnlyTheirCorporation()
    {
        var viewer = await SignedInViewerAsync(Nygma);

        var board = await Factory.Get<StructureBoard>().VisibleToAsync(viewer, default);
        var timers = await Factory.Get<TimerBoard>().UpcomingForAsync(viewer, default);
        var notifications = await Factory.Get<NotificationList>().ForAsync(viewer, new NotificationFilter(), default);

        board.Should().NotBeEmpty().And.OnlyContain(r => r.OwnerId == BadCompany);
        timers.Should().OnlyContain(t => t.OwnerId == BadCompany).And.ContainSingle(t => t.Source == TimerSource.Notification);
        timers.Should().ContainSingle(t => t.Source == TimerSource.StructureState).Which.StructureName.Should().Be("Safehouse");
        notifications.Rows.Should().ContainSingle().Which.OwnerId.Should().Be(BadCompany);
        (await Factory.Get<StructureDetails>().ForAsync(viewer, WayneStructure, default)).Should().BeNull();
        (await Factory.Get<StructureDetails>().ForAsync(viewer, BadStructure, default))!.Structure.OwnerId.Should().Be(BadCompany);
    }

    [Fact]
    public async Task Overview_ShowsAMember_OnlyTheirCorporation_InEverySection()
    {
        await using (var db = await DbAsync())
        {
            foreach (var owner in await db.Owners.ToListAsync())
            {
                owner.NotificationsSync.Failed(Factory.Get<TimeProvider>().GetUtcNow().UtcDateTime, $"fetch failed for {owner.CorporationName}");
            }

            await db.SaveChangesAsync();
        }

        using var nygma = await SignedInClientAsync(Nygma);
        var viewer = await ViewerIdOfAsync(Nygma);

        var picture = await Factory.Get<OperationsOverview>().ForAsync(viewer, default);
        var page = await nygma.GetStringAsync("/");

        picture.StructureCount.Should().Be((await Factory.Get<StructureBoard>().VisibleToAsync(viewer, default)).Count);
        picture.Fuel.Entries.Should().NotBeEmpty().And.OnlyContain(e => e.Row.OwnerId == BadCompany);
        picture.Reinforced.Should().OnlyContain(r => r.Row.OwnerId == BadCompany);
        picture.UnderAttack.Should().NotContain(r => r.OwnerId == Wayne);
        picture.NextTimers.Should().OnlyContain(t => t.Timer.OwnerId == BadCompany)
            .And.ContainSingle(t => t.Timer.Source == TimerSource.Notification && t.StructureId == BadStructure);
        picture.LatestNotifications.Should().ContainSingle().Which.Should().Match<RecentNotification>(n => n.OwnerId == BadCompany && n.StructureId == BadStructure);
        picture.FailingOwners.Should().ContainSingle().Which.CorporationId.Should().Be(BadCompany);
        page.Should().Contain($"href=\"/structures/{BadStructure}\"").And.Contain("data-testid=\"failing-owner-98000003\"")
            .And.NotContain($"/structures/{WayneStructure}\"").And.NotContain(WayneName);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/structures")]
    [InlineData("/timers")]
    [InlineData("/notifications")]
    [InlineData("/owners")]
    [InlineData("/fuel")]
    public async Task Pages_ShowNothingOfAnotherAlliance(string path)
    {
        using var nygma = await SignedInClientAsync(Nygma);

        var html = await nygma.GetStringAsync(path);

        html.Should().NotContain("Wayne").And.NotContain(WayneName);
    }

    [Fact]
    public async Task CalendarFeed_HoldsOnlyTheTimersOfTheirCorporation()
    {
        var secret = await Factory.Get<TimerFeeds>().CreateAsync(await SignedInViewerAsync(Nygma), default);

        var ics = await Http.GetStringAsync($"/timers/feed/{secret}.ics");

        var events = Ical.Net.Calendar.Load(ics)!.Events;
        events.Should().HaveCount(2, "the feed holds what the timers page shows: the stored timer and Safehouse's state timer")
            .And.ContainSingle(e => e.Summary!.StartsWith("[Hull] ", StringComparison.Ordinal) && e.Summary.Contains("Safehouse", StringComparison.Ordinal)
                && e.Uid!.StartsWith("structures-timer-state-", StringComparison.Ordinal));
        ics.Should().NotContain("Wayne").And.NotContain(WayneName);
    }

    [Fact]
    public async Task DetailPage_OfAnotherAlliancesStructure_SaysNotFound()
    {
        using var nygma = await SignedInClientAsync(Nygma);

        using var response = await nygma.GetAsync($"/structures/{WayneStructure}");
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
        html.Should().Contain("data-testid=\"not-found\"").And.NotContain(WayneName);
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
        var overview = await stranger.GetStringAsync("/");

        csv.Trim('\uFEFF').Trim().Split("\r\n").Should().ContainSingle("only the header");
        board.Should().Contain("You have no access to structures yet");
        overview.Should().Contain("data-testid=\"overview-no-access\"").And.Contain("You have no access to structures yet");
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
