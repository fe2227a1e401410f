using Structures.Core.Notifications;
using Structures.Core.Notifications.Payloads;
using Structures.Core.Notifications.Rendering;
using Structures.Core.Owners;
using Structures.Tests.Core.Notifications.Rendering;

namespace Structures.Tests.Core.Notifications;

public sealed class NotificationWithholdingTests
{
    [Theory]
    [InlineData(1000134, true)]
    [InlineData(1000167, false)]
    [InlineData(98000003, false)]
    public void IsWithheld_NpcAttacksNotWanted_LeavesOutNpcsButNotStarterCorporationsOrPlayers(long attackerCorporation, bool withheld)
    {
        var upwell = Context("StructureUnderAttack", $"corpLinkData:\n- showinfo\n- 2\n- {attackerCorporation}\nstructureID: 1\n");
        var office = Context("OrbitalAttacked", $"aggressorCorpID: {attackerCorporation}\nplanetID: 40029526\n");
        var starbase = Context("TowerAlertMsg", $"aggressorCorpID: {attackerCorporation}\nmoonID: 40161465\n");
        var skyhook = Context("SkyhookUnderAttack", $"corpLinkData:\n- showinfo\n- 2\n- {attackerCorporation}\nitemID: 1000000010001\n");

        NotificationWithholding.IsWithheld(upwell, Owner(), reportNpcAttacks: false).Should().Be(withheld);
        NotificationWithholding.IsWithheld(office, Owner(), reportNpcAttacks: false).Should().Be(withheld);
        NotificationWithholding.IsWithheld(starbase, Owner(), reportNpcAttacks: false).Should().Be(withheld, "starbase attacks are filtered too");
        NotificationWithholding.IsWithheld(skyhook, Owner(), reportNpcAttacks: false).Should().Be(withheld, "skyhook attacks are filtered too");
    }

    [Fact]
    public void IsWithheld_NpcAttacksWanted_ForwardsThem()
    {
        var upwell = Context("StructureUnderAttack", "corpLinkData:\n- showinfo\n- 2\n- 1000134\nstructureID: 1\n");

        NotificationWithholding.IsWithheld(upwell, Owner(), reportNpcAttacks: true).Should().BeFalse();
    }

    [Theory]
    [InlineData(3001L, false, true)]
    [InlineData(3001L, true, false)]
    [InlineData(null, false, false)]
    public void IsWithheld_AllianceLevelNews_IsToldOnlyByTheAllianceMainOrAnOwnerWithoutAlliance(long? allianceId, bool isAllianceMain, bool withheld)
    {
        var owner = Owner();
        owner.AllianceId = allianceId;
        owner.IsAllianceMain = isAllianceMain;

        NotificationWithholding.IsWithheld(RenderingSamples.Context(1000000804), owner, reportNpcAttacks: true).Should().Be(withheld);
    }

    [Fact]
    public void IsWithheld_OwnNewsOfAnAllianceMember_GoesOut()
    {
        NotificationWithholding.IsWithheld(RenderingSamples.Context(1000000505), Owner(), reportNpcAttacks: false).Should().BeFalse();
    }

    private static Owner Owner() => new() { CorporationId = 2001, CorporationName = "Wayne Technologies", AllianceId = 3001 };

    private static RenderContext Context(string type, string text) =>
        RenderingSamples.Context(type, text, RenderingSamples.Now, NotificationPayloads.Parse(type, text).Payload!);
}
