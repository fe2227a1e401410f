using Structures.Core.Eve;

namespace Structures.Tests.Core.Eve;

// EVE writes moments as Windows FILETIME (100 ns ticks since 1601-01-01 UTC); a hostile text may write anything.
public sealed class EveTimeTests
{
    private const long UnixEpochFileTime = 116_444_736_000_000_000;
    private static readonly DateTime Noon = new(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void FromFileTime_TheUnixEpoch_IsReadAsUtc()
    {
        var epoch = EveTime.FromFileTime(UnixEpochFileTime);

        epoch.Should().Be(new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        epoch!.Value.Kind.Should().Be(DateTimeKind.Utc);
        EveTime.ToFileTime(epoch.Value).Should().Be(UnixEpochFileTime);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(long.MaxValue)]
    public void FromFileTime_OutsideTheCalendar_IsUnknown(long fileTime)
    {
        EveTime.FromFileTime(fileTime).Should().BeNull();
    }

    [Theory]
    [InlineData(36_000_000_000L, 1.0)]
    [InlineData(0L, 0.0)]
    public void FromTicks_ADuration_IsReadInHundredNanoseconds(long ticks, double hours)
    {
        EveTime.FromTicks(ticks).Should().Be(TimeSpan.FromHours(hours));
    }

    [Fact]
    public void FromTicks_Negative_IsUnknown()
    {
        EveTime.FromTicks(-1).Should().BeNull();
    }

    [Fact]
    public void Add_WithinTheCalendar_Adds_AndPastItsEnds_IsUnknown()
    {
        EveTime.Add(Noon, TimeSpan.FromDays(2)).Should().Be(Noon.AddDays(2));
        EveTime.Add(DateTime.MaxValue.AddDays(-1), TimeSpan.FromDays(2)).Should().BeNull();
        EveTime.Add(new DateTime(1, 1, 2, 0, 0, 0, DateTimeKind.Utc), TimeSpan.FromDays(-2)).Should().BeNull();
    }

    [Theory]
    [InlineData(30L, true)]
    [InlineData(-1L, false)]
    [InlineData(long.MaxValue, false)]
    public void AddHours_TakesOnlyHoursACalendarCanHold(long hours, bool known)
    {
        var at = EveTime.AddHours(Noon, hours);

        if (known)
        {
            at.Should().Be(Noon.AddHours(hours));
        }
        else
        {
            at.Should().BeNull();
        }
    }
}
