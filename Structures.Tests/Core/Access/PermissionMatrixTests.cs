using Microsoft.EntityFrameworkCore;
using Structures.Core.Access;
using Structures.Core.Notifications;
using Structures.Core.Structures.Board;
using Structures.Core.Timers;

namespace Structures.Tests.Core.Access;

// aa-structures' permissions over the two alliances: what Edward Nygma, a plain member of Bad Company, sees with
// each combination, and what members of owner corporations get by default.
public sealed class PermissionMatrixTests : TwoAlliancesTest
{
    private const long Dent = 90000007;

    [Theory]
    [InlineData(true, new Permission[0], new[] { BadCompany })]
    [InlineData(false, new Permission[0], new long[0])]
    [InlineData(false, new[] { Permission.BasicAccess }, new long[0])]
    [InlineData(false, new[] { Permission.BasicAccess, Permission.ViewCorporationStructures }, new[] { BadCompany })]
    [InlineData(false, new[] { Permission.BasicAccess, Permission.ViewAllianceStructures }, new[] { BadCompany })]
    [InlineData(false, new[] { Permission.BasicAccess, Permission.ViewAllStructures }, new[] { Wayne, BadCompany })]
    [InlineData(false, new[] { Permission.ViewCorporationStructures, Permission.ViewAllianceStructures, Permission.ViewAllStructures }, new long[0])]
    [InlineData(false, new[] { Permission.ViewStructureFit, Permission.ViewAllUnanchoringStatus, Permission.AddStructureOwner }, new long[0])]
    [InlineData(true, new[] { Permission.ViewAllStructures }, new[] { Wayne, BadCompany })]
    public async Task Board_ForEachGrant_ShowsExactlyTheOwnersItAllows(bool memberDefaults, Permission[] granted, long[] expected)
    {
        if (!memberDefaults)
        {
            await RemoveMemberDefaultsAsync();
        }

        foreach (var permission in granted)
        {
            await GrantAsync(permission, GranteeKind.Character, Nygma);
        }

        var viewer = await SignedInViewerAsync(Nygma);

        var owners = (await Factory.Get<StructureBoard>().VisibleToAsync(viewer, default)).Select(r => r.OwnerId).Distinct();
        var notifications = await Factory.Get<NotificationList>().ForAsync(viewer, new NotificationFilter(), default);
        var timers = await Factory.Get<TimerBoard>().UpcomingForAsync(viewer, default);

        owners.Should().BeEquivalentTo(expected);
        notifications.Rows.Select(r => r.OwnerId).Distinct().Should().BeEquivalentTo(expected);
        timers.Select(t => t.OwnerId!.Value).Distinct().Should().BeEquivalentTo(expected);
    }

    [Fact]
    public async Task MemberDefaults_AreBasicAccessAndTheirCorporation_AndAdminsChangeThem()
    {
        await SignedInViewerAsync(Nygma);
        await SignedInViewerAsync(90000010);
        var grants = Factory.Get<GrantAdministration>();
        var before = await Factory.Get<Viewers>().ForCharacterAsync(Nygma, default);
        var stranger = await Factory.Get<Viewers>().ForCharacterAsync(90000010, default);

        var added = await grants.GrantAsync(ViewerId.System, Permission.ViewStructureFit, GranteeKind.OwnerMembers, 0, default);
        var corporation = (await grants.ListAsync(ViewerId.System, default))
            .Single(g => g.GranteeKind == GranteeKind.OwnerMembers && g.Permission == Permission.ViewCorporationStructures);
        var removed = await grants.RevokeAsync(ViewerId.System, corporation.Id, default);
        var after = await Factory.Get<Viewers>().ForCharacterAsync(Nygma, default);

        before.Permissions.Should().BeEquivalentTo([Permission.BasicAccess, Permission.ViewCorporationStructures]);
        stranger.Permissions.Should().BeEmpty("Pamela Isley's corporation is no owner here");
        added.Succeeded.Should().BeTrue();
        removed.Succeeded.Should().BeTrue();
        after.Permissions.Should().BeEquivalentTo([Permission.BasicAccess, Permission.ViewStructureFit]);
        (await Factory.Get<StructureBoard>().VisibleToAsync(await SignedInViewerAsync(Nygma), default)).Should().BeEmpty();
    }

    [Fact]
    public async Task Unanchoring_OfOtherCorporations_IsShownOnlyWithThePermission()
    {
        var now = Factory.Get<TimeProvider>().GetUtcNow().UtcDateTime;
        await using (var db = await DbAsync())
        {
            foreach (var structure in await db.Structures.Where(s => s.Id == WayneStructure || s.Id == BadStructure).ToListAsync())
            {
                structure.UnanchorsAt = now.AddDays(3);
            }

            db.Notifications.Add(new Notification
            {
                OwnerId = Wayne, NotificationId = 3, Type = "StructureUnanchoring", SenderId = 1000137, SenderType = "corporation", Timestamp = now,
                Text = $"solarsystemID: {(await db.Structures.SingleAsync(s => s.Id == WayneStructure)).SolarSystemId}\nstructureID: {WayneStructure}\ntimeLeft: {TimeSpan.FromDays(3).Ticks}\n", ContentKey = "key-3",
                IsKnownType = true, ReceivedAt = now, StructureId = WayneStructure,
            });
            await db.SaveChangesAsync();
        }

        await GrantAsync(Permission.ViewAllStructures, GranteeKind.Alliance, 99000002);
        await GrantAsync(Permission.ViewAllUnanchoringStatus, GranteeKind.Character, Dent);
        var nygma = await SignedInViewerAsync(Nygma);
        var dent = await SignedInViewerAsync(Dent);

        var nygmaView = await UnanchoringSeenByAsync(nygma);
        var dentView = await UnanchoringSeenByAsync(dent);

        nygmaView.Should().Be(new UnanchoringSeen(false, false, false, false, false, true, true));
        dentView.Should().Be(new UnanchoringSeen(true, true, true, true, true, true, true));
    }

    private async Task<UnanchoringSeen> UnanchoringSeenByAsync(ViewerId viewer)
    {
        var board = await Factory.Get<StructureBoard>().VisibleToAsync(viewer, default);
        var wayne = await Factory.Get<StructureDetails>().ForAsync(viewer, WayneStructure, default);
        var bad = await Factory.Get<StructureDetails>().ForAsync(viewer, BadStructure, default);
        var timers = await Factory.Get<TimerBoard>().UpcomingForAsync(viewer, default);
        var notifications = await Factory.Get<NotificationList>().ForAsync(viewer, new NotificationFilter(), default);
        return new UnanchoringSeen(
            board.Single(r => r.Id == WayneStructure).Overlay?.State == OverlayState.Unanchoring,
            wayne!.Structure.UnanchorsAt is not null,
            wayne.Timers.Any(t => t.Kind == TimerKind.Unanchoring),
            timers.Any(t => t.StructureId == WayneStructure && t.Kind == TimerKind.Unanchoring),
            notifications.Rows.Any(r => r.Type == "StructureUnanchoring"),
            bad!.Structure.UnanchorsAt is not null,
            timers.Any(t => t.StructureId == BadStructure && t.Kind == TimerKind.Unanchoring));
    }

    private async Task RemoveMemberDefaultsAsync()
    {
        await using var db = await DbAsync();
        await db.PermissionGrants.Where(g => g.GranteeKind == GranteeKind.OwnerMembers).ExecuteDeleteAsync();
    }

    private sealed record UnanchoringSeen(
        bool WayneBadge, bool WayneDetail, bool WayneDetailTimer, bool WayneTimer, bool WayneNotification, bool OwnDetail, bool OwnTimer);
}
