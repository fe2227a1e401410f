using Structures.Core.Notifications;

namespace Structures.Tests.Core.Notifications;

public sealed class NotificationFetchPacingTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Gap_NoOtherOwnerToKeepApartFrom_IsZero(int owners)
    {
        NotificationFetchPacing.Gap(owners, TimeSpan.FromMinutes(10)).Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void Gap_TenOwnersOnESIsTenMinuteCache_IsTheLongestGap()
    {
        NotificationFetchPacing.Gap(10, NotificationFetchDue.Period(1, null)).Should().Be(NotificationFetchPacing.LongestGap);
    }

    // 1,000 owners with 20 characters each are due every 30 s: 50 ms apart they would need 50 s to be fetched once.
    [Fact]
    public void Gap_SoManyOwnersThatTheLongestGapWouldHoldThemBack_LeavesThemTwiceTheRateTheyNeed()
    {
        var period = NotificationFetchDue.Period(20, null);

        var gap = NotificationFetchPacing.Gap(1000, period);

        period.Should().Be(TimeSpan.FromSeconds(30));
        gap.Should().Be(TimeSpan.FromMilliseconds(15));
        (gap * 1000).Should().Be(period / 2);
    }
}
