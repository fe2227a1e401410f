using Structures.Core.Notifications;
using Structures.Core.Structures.History;

namespace Structures.Tests.Core.Structures.History;

public sealed class HistoryEventsTests
{
    private static readonly DateTime At = new(2026, 11, 20, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Read_UpwellAttack_GivesPercentagesAndTheAttacker()
    {
        var e = HistoryEvents.Read(Row("StructureUnderAttack",
            "allianceID: 99000002\nallianceName: Big Bad Alliance\ncharID: 90000006\ncorpLinkData:\n- showinfo\n- 2\n- 98000003\ncorpName: Bad Company\n"
            + "armorPercentage: 100.0\nhullPercentage: 100.0\nshieldPercentage: 42.5\nsolarsystemID: 30000142\nstructureID: 1000000000001\n"))!;

        e.Kind.Should().Be(HistoryEventKind.Attack);
        e.HitPoints!.Shield.Should().Be(42.5);
        e.HitPoints.Armor.Should().Be(100);
        e.Attacker.Should().Be(new HistoryAttacker(90000006, null, 98000003, "Bad Company", 99000002, "Big Bad Alliance"));
    }

    [Fact]
    public void Read_StarbaseAttack_TurnsFractionsIntoPercent()
    {
        var e = HistoryEvents.Read(Row("TowerAlertMsg",
            "aggressorAllianceID: 99000002\naggressorCorpID: 98000003\naggressorID: 90000006\narmorValue: 1.0\nhullValue: 1.0\nmoonID: 40000002\nshieldValue: 0.25\nsolarSystemID: 30000142\n"))!;

        e.HitPoints!.Shield.Should().Be(25);
        e.HitPoints.Hull.Should().Be(100);
        e.Attacker!.CharacterId.Should().Be(90000006);
        e.Attacker.CorporationName.Should().BeNull("orbital texts give only IDs");
    }

    [Fact]
    public void Read_LostShields_IsAReinforcementWithItsArmorTimer()
    {
        var e = HistoryEvents.Read(Row("StructureLostShields", $"solarsystemID: 30000142\nstructureID: 1000000000001\ntimeLeft: {TimeSpan.FromHours(30).Ticks}\n"))!;

        e.Kind.Should().Be(HistoryEventKind.Reinforced);
        e.TimerEndsAt.Should().Be(At.AddHours(30));
        e.HitPoints.Should().BeNull();
    }

    [Fact]
    public void Read_Unanchoring_CarriesWhenItEnds()
    {
        var e = HistoryEvents.Read(Row("StructureUnanchoring", $"solarsystemID: 30000142\nstructureID: 1000000000001\ntimeLeft: {TimeSpan.FromDays(7).Ticks}\n"))!;

        e.Kind.Should().Be(HistoryEventKind.Unanchoring);
        e.TimerEndsAt.Should().Be(At.AddDays(7));
    }

    [Theory]
    [InlineData("StructureDestroyed", HistoryEventKind.Destroyed)]
    [InlineData("StructureWentLowPower", HistoryEventKind.LowPower)]
    [InlineData("StructureServicesOffline", HistoryEventKind.ServicesOffline)]
    [InlineData("TowerResourceAlertMsg", HistoryEventKind.Fuel)]
    [InlineData("SkyhookOnline", HistoryEventKind.Online)]
    public void Read_StateChanges_AreNamedByKind(string type, HistoryEventKind kind)
    {
        HistoryEvents.Read(Row(type, "solarsystemID: 30000142\nstructureID: 1000000000001\n"))!.Kind.Should().Be(kind);
    }

    [Fact]
    public void Read_NewsThatIsNoPartOfAHistory_GivesNothing()
    {
        HistoryEvents.Read(Row("CorpAppNewMsg", "charID: 95465499\ncorpID: 98000001\n")).Should().BeNull();
    }

    [Fact]
    public void Read_UnreadableText_StillShowsWhatHappened()
    {
        var e = HistoryEvents.Read(Row("StructureUnderAttack", "{ not: [yaml"))!;

        e.Kind.Should().Be(HistoryEventKind.Attack);
        e.HitPoints.Should().BeNull();
    }

    private static Notification Row(string type, string text) =>
        new() { Id = 7, NotificationId = 70, Type = type, SenderType = "corporation", Text = text, ContentKey = "k", Timestamp = At };
}
