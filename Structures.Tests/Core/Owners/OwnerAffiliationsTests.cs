using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Access;
using Structures.Core.Owners;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Owners;

// Wayne Technologies, main owner of Wayne Enterprises, leaves for Big Bad Alliance.
public sealed class OwnerAffiliationsTests() : AppTest(fakeClock: true)
{
    // The app keeps ESI's answer about a corporation for as long as ESI says (an hour); the next hourly run asks again.
    private static readonly TimeSpan PastEsiCache = TimeSpan.FromMinutes(61);

    private const long WayneTech = 98000001;
    private const long BigBad = 99000002;

    [Fact]
    public async Task AnOwnerChangingAlliance_IsFollowed_ItsNewAllianceSeesIt_AndItIsNoLongerTheOldMain()
    {
        await AddOwnerAsync(90000001);
        await SyncAsync(WayneTech);
        await using (var db = await DbAsync())
        {
            await db.Owners.ExecuteUpdateAsync(o => o.SetProperty(x => x.IsAllianceMain, true));
        }

        await GrantAsync(Permission.BasicAccess, GranteeKind.Alliance, BigBad);
        await GrantAsync(Permission.ViewAllianceStructures, GranteeKind.Alliance, BigBad);
        var nygma = await SignedInViewerAsync(90000008);
        (await VisibleOwnersAsync(nygma)).Should().BeEmpty();

        using var moved = await Http.PostAsJsonAsync($"/sim/control/corporations/{WayneTech}/alliance", new { allianceId = BigBad });
        moved.EnsureSuccessStatusCode();
        Clock.Advance(PastEsiCache);
        var changed = await Factory.Get<OwnerAffiliations>().RefreshAsync(default);

        changed.Should().Be(1);
        await using var after = await DbAsync();
        var owner = await after.Owners.SingleAsync();
        (owner.AllianceId, owner.AllianceName, owner.IsAllianceMain).Should().Be((BigBad, "Big Bad Alliance", false));
        var notice = await after.AdminNotices.SingleAsync(n => n.Title == "Wayne Technologies changed alliance");
        notice.Message.Should().Be("Wayne Technologies moved from Wayne Enterprises to Big Bad Alliance. Who sees its structures, its sovereignty tag and "
            + "alliance-level notifications follow the new alliance. It was the main owner of Wayne Enterprises and is not any more: choose another main owner there.");
        (await VisibleOwnersAsync(nygma)).Should().Equal(WayneTech);
    }

    [Fact]
    public async Task NothingChanged_NoNotice_AndEsiDownKeepsWhatIsKnown()
    {
        await AddOwnerAsync(90000001);

        (await Factory.Get<OwnerAffiliations>().RefreshAsync(default)).Should().Be(0);
        await InjectFaultAsync(new { target = "/sim/esi/corporations/", kind = "Status", status = 502, count = 50 });
        using var moved = await Http.PostAsJsonAsync($"/sim/control/corporations/{WayneTech}/alliance", new { allianceId = (long?)null });
        Clock.Advance(PastEsiCache);
        (await Factory.Get<OwnerAffiliations>().RefreshAsync(default)).Should().Be(0);

        await using var db = await DbAsync();
        (await db.Owners.SingleAsync()).AllianceName.Should().Be("Wayne Enterprises");
        (await db.AdminNotices.AnyAsync(n => n.Title.Contains("changed alliance"))).Should().BeFalse();
    }

    private async Task<List<long>> VisibleOwnersAsync(ViewerId viewerId)
    {
        var viewer = await Factory.Get<Viewers>().ResolveAsync(viewerId, default);
        await using var db = await DbAsync();
        return await db.VisibleOwnerIds(viewer).ToListAsync();
    }
}
