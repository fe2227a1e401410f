using Microsoft.EntityFrameworkCore;
using Structures.Core.Access;
using Structures.Core.Statistics;
using Structures.Core.Structures;
using Structures.Core.Structures.Board;
using Structures.Tests.Core.Access;

namespace Structures.Tests.Core.Statistics;

// Counts over the real migrations and a real sync of both alliances: a member learns nothing of the other one.
public sealed class StructureStatisticsTests : TwoAlliancesTest
{
    [Fact]
    public async Task ForAsync_AMember_CountsOnlyTheirCorporation()
    {
        var viewer = await SignedInViewerAsync(Nygma);
        var board = await Factory.Get<StructureBoard>().VisibleToAsync(viewer, default);
        var now = Factory.Get<TimeProvider>().GetUtcNow().UtcDateTime;

        var picture = await Factory.Get<StructureStatistics>().ForAsync(viewer, default);

        picture.StructureCount.Should().Be(board.Count).And.BeGreaterThan(0);
        picture.Owners.Should().ContainSingle().Which.Should().Match<OwnerCount>(o => o.OwnerId == BadCompany && o.Total == board.Count);
        picture.Kinds.Should().BeEquivalentTo(board.CountBy(r => r.Kind).ToDictionary(c => c.Key, c => c.Value));
        picture.Kinds[StructureKind.CustomsOffice].Should().Be(3);
        picture.States.Values.Sum().Should().Be(board.Count);
        picture.States[StatisticState.Reinforced].Should().Be(board.Count(r => r.IsReinforcedAt(now)));
        picture.Fuel.Values.Sum().Should().Be(board.Count(r => r.FuelLeft(now) is not null));
        picture.Notifications.Days.Should().HaveCount(StructureStatistics.Days).And.EndWith(DateOnly.FromDateTime(now));
        picture.Notifications.Types.Should().ContainSingle().Which.Should().Match<TypePerDay>(t => t.Type == "StructureUnderAttack" && t.Total == 1 && t.PerDay.Sum() == 1);
    }

    [Fact]
    public async Task ForAsync_WithViewAll_CountsBothAlliances_PerOwnerAndDay()
    {
        await GrantAsync(Permission.ViewAllStructures, GranteeKind.Character, Nygma);
        var viewer = await SignedInViewerAsync(Nygma);
        var now = Factory.Get<TimeProvider>().GetUtcNow().UtcDateTime;
        await using (var db = await DbAsync())
        {
            var old = await db.Notifications.SingleAsync(n => n.OwnerId == Wayne);
            old.Timestamp = now.AddDays(-2);
            await db.SaveChangesAsync();
        }

        var picture = await Factory.Get<StructureStatistics>().ForAsync(viewer, default);

        picture.Owners.Select(o => o.OwnerId).Should().BeEquivalentTo([Wayne, BadCompany]);
        picture.StructureCount.Should().Be(picture.Owners.Sum(o => o.Total));
        var attacks = picture.Notifications.Types.Should().ContainSingle().Subject;
        attacks.Total.Should().Be(2);
        attacks.PerDay[^1].Should().Be(1);
        attacks.PerDay[^3].Should().Be(1);
    }

    [Fact]
    public async Task ForAsync_WithBasicAccessAlone_CountsNothing()
    {
        await using (var db = await DbAsync())
        {
            await db.PermissionGrants.Where(g => g.GranteeKind == GranteeKind.OwnerMembers && g.Permission == Permission.ViewCorporationStructures).ExecuteDeleteAsync();
        }

        var picture = await Factory.Get<StructureStatistics>().ForAsync(await SignedInViewerAsync(Nygma), default);
        using var nygma = await SignedInClientAsync(Nygma);
        var html = await nygma.GetStringAsync("/statistics");

        picture.StructureCount.Should().Be(0);
        picture.Owners.Should().BeEmpty();
        picture.Notifications.Types.Should().BeEmpty();
        html.Should().Contain("data-testid=\"statistics-empty\"").And.NotContain("Bad Company").And.NotContain("Wayne");
    }

    [Fact]
    public async Task Page_ShowsAMember_NothingOfAnotherAlliance()
    {
        using var nygma = await SignedInClientAsync(Nygma);

        var html = await nygma.GetStringAsync("/statistics");

        html.Should().Contain("data-testid=\"statistics-owner-98000003\"").And.Contain("Bad Company").And.NotContain("Wayne");
    }
}
