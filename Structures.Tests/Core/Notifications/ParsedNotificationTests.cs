using Structures.Core.Notifications;
using Structures.Core.Notifications.Payloads;

namespace Structures.Tests.Core.Notifications;

public sealed class ParsedNotificationTests
{
    [Fact]
    public void Parse_AReadableText_GivesItsKeysAndTheRecordOfItsType()
    {
        var parsed = ParsedNotification.Parse(Row("StructureLostShields", "structureID: 1000000000001\nsolarsystemID: 30000474\ntimeLeft: 1727805401093\n"));

        parsed.ParseError.Should().BeNull();
        parsed.Fault.Should().BeNull();
        parsed.Text!.GetLong("structureID").Should().Be(1000000000001);
        var countdown = parsed.Payload.Should().BeOfType<StructureCountdown>().Subject;
        countdown.Place.StructureId.Should().Be(1000000000001);
        countdown.Place.SolarSystemId.Should().Be(30000474);
        countdown.TimeLeft.Should().Be(TimeSpan.FromTicks(1727805401093));
    }

    [Fact]
    public void Parse_AnUnreadableText_GivesTheParseError_AndNoPayload()
    {
        var parsed = ParsedNotification.Parse(Row("StructureLostShields", "structureID: [1, 2"));

        parsed.Payload.Should().BeNull();
        parsed.Text.Should().BeNull();
        parsed.Fault.Should().BeNull();
        parsed.ParseError.Should().StartWith("The notification text is not valid YAML");
    }

    [Fact]
    public void Parse_AnEmptyText_IsUnderstoodAsSayingNothing()
    {
        var parsed = ParsedNotification.Parse(Row("StructureOnline", ""));

        parsed.ParseError.Should().BeNull();
        parsed.Payload!.Place.StructureId.Should().BeNull();
        parsed.Text!.Keys.Should().BeEmpty();
    }

    private static Notification Row(string type, string text) =>
        new() { OwnerId = 1, NotificationId = 1, Type = type, SenderType = "corporation", ContentKey = "a", Text = text };
}
