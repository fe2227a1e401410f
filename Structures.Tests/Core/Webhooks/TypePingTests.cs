using Structures.Core.Webhooks;

namespace Structures.Tests.Core.Webhooks;

public sealed class TypePingTests
{
    [Fact]
    public void Read_OldAndNewForms_GiveLevelsAndRoles()
    {
        var pings = TypePing.Read("StructureFuelAlert=none; TowerAlertMsg=everyone|111111111111111111,222222222222222222;Broken;X=loud|12");

        pings["StructureFuelAlert"].Should().BeEquivalentTo(new TypePing(PingLevel.None, []), "the form written before roles existed still reads");
        pings["TowerAlertMsg"].Level.Should().Be(PingLevel.Everyone);
        pings["TowerAlertMsg"].RoleIds.Should().Equal("111111111111111111", "222222222222222222");
        pings["X"].Should().BeEquivalentTo(new TypePing(PingLevel.Default, []), "a stored value that is not a level or role reads as the default");
        pings.Should().NotContainKey("Broken");
    }

    [Fact]
    public void Write_LeavesOutDefaults_AndReadsBackTheSame()
    {
        var pings = new Dictionary<string, TypePing>
        {
            ["TowerAlertMsg"] = new(PingLevel.Here, ["111111111111111111"]),
            ["StructureOnline"] = TypePing.Default,
            ["StructureFuelAlert"] = new(PingLevel.None, []),
        };

        var stored = TypePing.Write(pings);

        stored.Should().Be("StructureFuelAlert=none;TowerAlertMsg=here|111111111111111111");
        TypePing.Read(stored).Should().BeEquivalentTo(pings.Where(p => !p.Value.IsDefault).ToDictionary());
    }
}
