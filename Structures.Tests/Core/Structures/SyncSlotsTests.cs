using Structures.Core.Structures;

namespace Structures.Tests.Core.Structures;

public sealed class SyncSlotsTests
{
    private static readonly DateTime Noon = new(2026, 11, 23, 12, 0, 7, DateTimeKind.Utc);
    private static readonly TimeSpan HalfHour = TimeSpan.FromMinutes(30);

    [Fact]
    public void Due_OwnersNeverTried_AreAllDueAtOnce()
    {
        SyncSlots.Due([(1, null), (2, null), (3, null)], Noon, HalfHour).Should().Equal(1, 2, 3);
    }

    [Fact]
    public void Due_OverAnHour_EachOwnerIsDueOncePerInterval_InItsOwnSlot()
    {
        var owners = new List<(long OwnerId, DateTime? LastAttemptAt)> { (1, Noon), (2, Noon), (3, Noon) };
        var dueOverTime = new List<(int Minute, long Owner)>();
        for (var minute = 1; minute <= 60; minute++)
        {
            var now = Noon.AddMinutes(minute);
            foreach (var owner in SyncSlots.Due(owners, now, HalfHour))
            {
                dueOverTime.Add((minute, owner));
                owners[owners.FindIndex(o => o.OwnerId == owner)] = (owner, now);
            }
        }

        dueOverTime.Should().Equal((10, 2), (20, 3), (30, 1), (40, 2), (50, 3), (60, 1));
    }

    [Fact]
    public void Due_OwnerTriedInItsCurrentSlot_WaitsForTheNext()
    {
        // Two owners: the second one's slots start at :15 and :45.
        var triedAtTwenty = Noon.Date.AddHours(12).AddMinutes(20);

        SyncSlots.Due([(1, null), (2, triedAtTwenty)], Noon.AddMinutes(25), HalfHour).Should().Equal(1);
        SyncSlots.Due([(1, null), (2, triedAtTwenty)], Noon.AddMinutes(45), HalfHour).Should().Equal(1, 2);
    }

    [Theory]
    [InlineData(0, -20)]
    [InlineData(10, 10)]
    [InlineData(39, 10)]
    [InlineData(40, 40)]
    public void SlotStart_IsTheLatestOffsetStep(int minutesPastHour, int expectedSlotMinute)
    {
        var hour = new DateTime(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

        var start = SyncSlots.SlotStart(hour.AddMinutes(minutesPastHour), HalfHour, TimeSpan.FromMinutes(10));

        start.Should().Be(hour.AddMinutes(expectedSlotMinute));
    }

    [Fact]
    public void Offset_SpreadsOwnersEvenlyOverTheInterval()
    {
        Enumerable.Range(0, 3).Select(i => SyncSlots.Offset(HalfHour, i, 3)).Should().Equal(TimeSpan.Zero, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(20));
    }
}
