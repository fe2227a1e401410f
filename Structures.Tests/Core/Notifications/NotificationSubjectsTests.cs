using Structures.Core.Notifications;
using Structures.Core.Structures;

namespace Structures.Tests.Core.Notifications;

public sealed class NotificationSubjectsTests
{
    private static readonly StructurePlace[] Places =
    [
        new(1_000_000_000_001, StructureKind.CustomsOffice, 40_000_001, null),
        new(1_000_000_000_002, StructureKind.Skyhook, 40_000_001, null),
        new(1_000_000_000_003, StructureKind.Starbase, null, 40_000_002),
    ];

    [Fact]
    public void AnUpwellNotification_IsAboutTheStructureItNames()
    {
        Subject("StructureUnderAttack", "structureID: 1035466617946\nsolarsystemID: 30000142\n").Should().Be(1035466617946);
    }

    [Fact]
    public void ACustomsOfficeNotification_IsAboutTheOfficeAtItsPlanet()
    {
        Subject("OrbitalReinforced", "planetID: 40000001\nsolarSystemID: 30000142\nreinforceExitTime: 133761493650000000\n")
            .Should().Be(1_000_000_000_001);
    }

    [Fact]
    public void AStarbaseNotification_IsAboutTheTowerAtItsMoon()
    {
        Subject("TowerAlertMsg", "moonID: 40000002\nsolarSystemID: 30000142\nshieldValue: 0.5\n").Should().Be(1_000_000_000_003);
    }

    [Fact]
    public void APlaceWithoutAStructureOfTheOwner_NamesNone()
    {
        Subject("TowerAlertMsg", "moonID: 40000099\nsolarSystemID: 30000142\n").Should().BeNull();
    }

    [Fact]
    public void NewsAboutNoPlace_NamesNone()
    {
        Subject("CorpAppNewMsg", "charID: 95465499\ncorpID: 98000001\n").Should().BeNull();
    }

    private static long? Subject(string type, string text) => NotificationSubjects.Subject(
        ParsedNotification.Parse(new Notification { Type = type, SenderType = "corporation", Text = text, ContentKey = "k" }), Places);
}
