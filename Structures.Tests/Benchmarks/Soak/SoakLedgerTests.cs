namespace Structures.Tests.Benchmarks.Soak;

public sealed class SoakLedgerTests
{
    private static readonly DateTime T0 = new(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc);

    private static readonly SoakEmitted First = new(1, "soak1", T0);
    private static readonly SoakEmitted Second = new(2, "soak1", T0.AddSeconds(10));

    [Fact]
    public void Count_EachEmbedMatchedOnce_NothingLostOrDuplicated()
    {
        var received = new[] { Arrival(First, 2), Arrival(Second, 12) };

        var count = SoakLedger.Count([First, Second], received, []);

        count.Delivered.Should().Be(2);
        count.Lost.Should().BeEmpty();
        count.Duplicated.Should().BeEmpty();
        count.Unmatched.Should().Be(0);
    }

    [Fact]
    public void Count_NotificationWithoutEmbed_IsLost()
    {
        var count = SoakLedger.Count([First, Second], [Arrival(First, 2)], []);

        count.Delivered.Should().Be(1);
        count.Lost.Should().Equal(2);
    }

    [Fact]
    public void Count_SameTimeOnAnotherWebhook_IsNotADelivery()
    {
        var count = SoakLedger.Count([First], [new SoakReceived("soak2", First.Timestamp, T0.AddSeconds(2))], []);

        count.Lost.Should().Equal(1);
        count.Unmatched.Should().Be(1);
    }

    [Fact]
    public void Count_CopyAgainAfterAKillSoonAfterTheFirst_IsInsideTheKillWindow()
    {
        var kill = new SoakOutage(SoakOutageKind.Kill, T0.AddSeconds(5), T0.AddSeconds(20));

        var count = SoakLedger.Count([First], [Arrival(First, 3), Arrival(First, 25)], [kill]);

        count.Duplicated.Should().ContainSingle().Which.Should().Be(new SoakDuplicate(1, 1, SoakOutageKind.Kill));
        count.DuplicatedWithoutOutage.Should().Be(0);
    }

    [Fact]
    public void Count_CopyAgainWithoutAnOutage_IsADuplicateWithoutCause()
    {
        var count = SoakLedger.Count([First], [Arrival(First, 3), Arrival(First, 9)], []);

        count.Duplicated.Should().ContainSingle().Which.Cause.Should().BeNull();
        count.DuplicatedWithoutOutage.Should().Be(1);
    }

    [Fact]
    public void Count_FirstCopyLongBeforeTheKill_IsNotBlamedOnTheKill()
    {
        var kill = new SoakOutage(SoakOutageKind.Kill, T0.AddMinutes(5), T0.AddMinutes(5.2));

        var count = SoakLedger.Count([First], [Arrival(First, 3), Arrival(First, 330)], [kill]);

        count.DuplicatedWithoutOutage.Should().Be(1);
    }

    [Fact]
    public void Count_CopyAgainAfterACrash_IsBlamedOnTheCrash()
    {
        var crash = new SoakOutage(SoakOutageKind.Crash, T0.AddSeconds(5), T0.AddSeconds(20));

        var count = SoakLedger.Count([First], [Arrival(First, 3), Arrival(First, 25)], [crash]);

        count.DuplicatedAcross(SoakOutageKind.Crash).Should().Be(1);
        count.DuplicatedAcross(SoakOutageKind.Kill).Should().Be(0);
    }

    private static SoakReceived Arrival(SoakEmitted notification, double secondsAfterT0) =>
        new(notification.WebhookId, notification.Timestamp, T0.AddSeconds(secondsAfterT0));
}
