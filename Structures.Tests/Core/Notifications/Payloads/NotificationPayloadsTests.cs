using System.Text.Json;
using Structures.Core.Notifications.Payloads;

namespace Structures.Tests.Core.Notifications.Payloads;

public sealed class NotificationPayloadsTests
{
    [Theory]
    [InlineData(1000000509, typeof(Attack))]
    [InlineData(1000001201, typeof(Attack))]
    [InlineData(1000000601, typeof(Attack))]
    [InlineData(1000000701, typeof(Attack))]
    [InlineData(1000000505, typeof(StructureCountdown))]
    [InlineData(1000000508, typeof(StructureCountdown))]
    [InlineData(1000001202, typeof(StructureCountdown))]
    [InlineData(1000000503, typeof(FuelAlert))]
    [InlineData(1000000702, typeof(FuelAlert))]
    [InlineData(1000000507, typeof(ServicesOffline))]
    [InlineData(1000000513, typeof(OwnershipTransfer))]
    [InlineData(1000000512, typeof(ReinforcementChange))]
    [InlineData(1000000402, typeof(MoonExtraction))]
    [InlineData(1000000804, typeof(SovereigntyEvent))]
    [InlineData(1000000919, typeof(SovereigntyEvent))]
    [InlineData(1000001102, typeof(Bill))]
    [InlineData(1000000205, typeof(Membership))]
    [InlineData(1000001401, typeof(CorporationGoal))]
    [InlineData(1000001127, typeof(WarNotice))]
    [InlineData(1000000506, typeof(StructureNotice))]
    [InlineData(1999999999, typeof(StructureNotice))]
    public void Samples_AreReadIntoTheRecordOfTheirShape(long notificationId, Type shape)
    {
        var (type, text) = Sample(notificationId);

        var (payload, error) = NotificationPayloads.Parse(type, text);

        error.Should().BeNull();
        payload.Should().BeOfType(shape);
    }

    [Fact]
    public void UpwellAttack_NamesTheAttacker_AndKeepsPercentages()
    {
        var (payload, _) = Parse(1000000509);

        var attack = payload.Should().BeOfType<Attack>().Subject;
        attack.Attacker.Should().Be(new Attacker(3011, "Big Bad Alliance", 2011, "Bad Company", 1011));
        attack.HitPoints!.Shield.Should().BeApproximately(0, 0.001);
        attack.HitPoints.Armor.Should().BeApproximately(98.65, 0.01);
        attack.HitPoints.Hull.Should().Be(100);
        attack.Place.Should().Be(new NotificationPlace(30002537, 1000000000001, 35832));
    }

    [Fact]
    public void StarbaseAttack_TurnsFractionsIntoPercent()
    {
        var (payload, _) = Parse(1000000701);

        var attack = payload.Should().BeOfType<Attack>().Subject;
        attack.HitPoints!.Shield.Should().BeApproximately(39.51, 0.01);
        attack.HitPoints.Armor.Should().BeApproximately(69.51, 0.01);
        attack.Attacker.Should().Be(new Attacker(3011, null, 2011, null, 1011));
        attack.Place.MoonId.Should().Be(40161465);
        attack.Place.StructureTypeId.Should().Be(16213);
    }

    [Fact]
    public void CustomsOffice_WithANullAlliance_HasNoAlliance_AndReadsItsFileTime()
    {
        var payload = NotificationPayloads.Parse("OrbitalReinforced", """
            aggressorAllianceID: null
            aggressorCorpID: 1000134
            aggressorID: 1000134
            planetID: 40161469
            reinforceExitTime: 132154723470000000
            solarSystemID: 30002537
            shieldLevel: 0.0
            typeID: 2233
            """).Payload;

        var attack = payload.Should().BeOfType<Attack>().Subject;
        attack.Attacker.AllianceId.Should().BeNull();
        attack.Attacker.CorporationId.Should().Be(1000134);
        attack.ReinforcedUntil.Should().Be(new DateTime(2019, 10, 13, 20, 32, 27, DateTimeKind.Utc));
        attack.Place.PlanetId.Should().Be(40161469);
    }

    [Fact]
    public void LostShields_ReadsAnchors_TicksAndTheLowerCaseSystemKey()
    {
        var (payload, _) = Parse(1000000505);

        var countdown = payload.Should().BeOfType<StructureCountdown>().Subject;
        countdown.Place.SolarSystemId.Should().Be(30002537, "this type spells it solarsystemID");
        countdown.Place.StructureId.Should().Be(1000000000001, "the ID is written behind an anchor (&id001)");
        countdown.VulnerableFor.Should().Be(TimeSpan.FromMinutes(15));
        countdown.VulnerableAt.Should().Be(new DateTime(2019, 10, 6, 14, 51, 18, DateTimeKind.Utc));
        countdown.EndsAt(new DateTime(2019, 10, 4, 14, 52, 0, DateTimeKind.Utc)).Should().BeCloseTo(new DateTime(2019, 10, 6, 14, 51, 40, DateTimeKind.Utc), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void Skyhook_IsTheItem_NotAStructureId()
    {
        var (payload, _) = Parse(1000001202);

        var countdown = payload.Should().BeOfType<StructureCountdown>().Subject;
        countdown.Place.StructureId.Should().Be(1000000010001);
        countdown.Place.PlanetId.Should().Be(40161469);
        countdown.VulnerableAt.Should().Be(new DateTime(2024, 7, 23, 5, 44, 4, DateTimeKind.Utc));
    }

    [Fact]
    public void FuelAlerts_ReadBothSpellingsOfFuel()
    {
        var upwell = (FuelAlert)Parse(1000000503).Payload!;
        var starbase = (FuelAlert)Parse(1000000702).Payload!;

        upwell.Fuel.Should().Equal(new FuelQuantity(4312, 154));
        starbase.Fuel.Should().Equal(new FuelQuantity(4051, 119));
    }

    [Fact]
    public void MoonExtraction_ReadsTimesAndOre()
    {
        var (payload, _) = Parse(1000000404);

        var extraction = payload.Should().BeOfType<MoonExtraction>().Subject;
        extraction.CharacterId.Should().Be(1001);
        extraction.ReadyAt.Should().BeCloseTo(new DateTime(2019, 11, 20, 0, 1, 0, DateTimeKind.Utc), TimeSpan.FromSeconds(1));
        extraction.AutoFractureAt.Should().BeCloseTo(new DateTime(2019, 11, 20, 3, 1, 0, DateTimeKind.Utc), TimeSpan.FromSeconds(1));
        extraction.OreVolumes.Should().ContainKey(46300).WhoseValue.Should().BeApproximately(1288475.12, 0.01);
        extraction.Place.MoonId.Should().Be(40161465);
    }

    [Fact]
    public void Cancellation_NamesWhoCancelled()
    {
        var (payload, _) = Parse(1000000402);

        ((MoonExtraction)payload!).CharacterId.Should().Be(1001);
    }

    [Theory]
    [InlineData("campaignEventType: 1\nsolarSystemID: 30000474", SovereigntyEvent.TerritorialClaimUnit)]
    [InlineData("campaignEventType: 2\nsolarSystemID: 30000474", SovereigntyEvent.InfrastructureHub)]
    [InlineData("solarSystemID: 30000474\nstructureTypeID: 32458", SovereigntyEvent.InfrastructureHub)]
    [InlineData("solarSystemID: 30000474", SovereigntyEvent.TerritorialClaimUnit)]
    public void Sovereignty_StructureType_FollowsTheTypeOrTheCampaign(string text, long typeId)
    {
        var payload = NotificationPayloads.Parse("SovStructureReinforced", text).Payload;

        ((SovereigntyEvent)payload!).StructureTypeId.Should().Be(typeId);
    }

    [Theory]
    [InlineData(1000000904, 3011L, 3001L)]
    [InlineData(1000000913, 3011L, 2001L)]
    [InlineData(1000000915, 3001L, 3011L)]
    [InlineData(1000001121, 2001L, 3011L)]
    public void War_ReadsTheTwoSides_HoweverTheTypeSpellsThem(long notificationId, long declarer, long target)
    {
        var war = (WarNotice)Parse(notificationId).Payload!;

        war.DeclarerId.Should().Be(declarer);
        war.TargetId.Should().Be(target);
    }

    [Fact]
    public void WarDeclared_StartsFightingAtTimeStarted()
    {
        var war = (WarNotice)Parse(1000000904).Payload!;

        war.WarHeadquarters.Should().Be("<b>Amamake - Test Structure Alpha</b>");
        war.FightingStartsAt(new DateTime(2019, 11, 25, 19, 16, 0, DateTimeKind.Utc)).Should().Be(war.StartsAt!.Value);
        (war with { StartsAt = null }).FightingStartsAt(new DateTime(2019, 11, 25, 19, 16, 0, DateTimeKind.Utc)).Should().Be(new DateTime(2019, 11, 26, 19, 16, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void Projects_ReadSnakeCaseKeys_AndGoalIdsLongerThanALong()
    {
        var goal = (CorporationGoal)Parse(1000001401).Payload!;

        goal.Should().Be(new CorporationGoal("287804106856621566338600488094573709306", "Strawberry Jam", 1001, 1011, 2001));
    }

    [Fact]
    public void ReinforcementChange_ListsItsStructures()
    {
        var change = (ReinforcementChange)Parse(1000000512).Payload!;

        change.StructureIds.Should().Equal(1000000000001);
        change.StructureCount.Should().Be(1);
        change.Hour.Should().Be(19);
    }

    [Theory]
    [InlineData("structureID: [1, 2")]
    [InlineData("- just\n- a list")]
    [InlineData("key: &a 1\nother: *b")]
    public void Malformed_GivesAnError_AndNoRecord(string yaml)
    {
        var (payload, error) = NotificationPayloads.Parse("StructureUnderAttack", yaml);

        payload.Should().BeNull();
        error.Should().StartWith("The notification text is not");
    }

    [Fact]
    public void MissingKeys_AreNulls_NotErrors()
    {
        var (payload, error) = NotificationPayloads.Parse("StructureLostShields", "structureID: 7");

        error.Should().BeNull();
        payload.Should().Be(new StructureCountdown(new NotificationPlace(null, 7), null, null, null));
    }

    private static (NotificationPayload? Payload, string? Error) Parse(long notificationId)
    {
        var (type, text) = Sample(notificationId);
        return NotificationPayloads.Parse(type, text);
    }

    private static (string Type, string Text) Sample(long notificationId)
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Simulation", "Data", "notifications.json"));
        using var document = JsonDocument.Parse(stream);
        var sample = document.RootElement.EnumerateArray().Single(s => s.GetProperty("notification_id").GetInt64() == notificationId);
        return (sample.GetProperty("type").GetString()!, sample.GetProperty("text").GetString()!);
    }
}
