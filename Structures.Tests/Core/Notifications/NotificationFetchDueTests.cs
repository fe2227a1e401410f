using Structures.Core.Notifications;

namespace Structures.Tests.Core.Notifications;

public sealed class NotificationFetchDueTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(null, 0, true)]
    [InlineData(4, 0, false)]
    [InlineData(5, 0, true)]
    [InlineData(5, 1, false)]
    public void IsDue_NeedsAnExpiredCache_AndTheOwnersShareOfTheWindow(int? minutesSinceLastFetch, int cacheMinutesLeft, bool due)
    {
        DateTime? lastFetch = minutesSinceLastFetch is { } minutes ? Now.AddMinutes(-minutes) : null;

        NotificationFetchDue.IsDue(lastFetch, [Now.AddMinutes(cacheMinutesLeft), Now.AddMinutes(3)], Now).Should().Be(due);
    }

    [Fact]
    public void At_OwnerWithoutAnEnabledCharacter_IsNeverDue()
    {
        NotificationFetchDue.At(Now.AddHours(-1), []).Should().BeNull();
    }

    [Fact]
    public void At_ThreeCharactersAndTheCacheESISaid_SpacesFetchesAThirdOfItApart()
    {
        var lastFetch = Now.AddMinutes(-1);

        var at = NotificationFetchDue.At(lastFetch, [Now.AddMinutes(-30), null, Now.AddMinutes(2)], cacheSeconds: 900);

        at.Should().Be(lastFetch.AddMinutes(5));
    }

    [Fact]
    public void At_CharacterCacheExpiringAfterTheSpacing_WaitsForTheCache()
    {
        NotificationFetchDue.At(Now.AddMinutes(-20), [Now.AddMinutes(7)], cacheSeconds: 600).Should().Be(Now.AddMinutes(7));
    }

    [Theory]
    [InlineData(10, 5, 10)]
    [InlineData(10, 15, 15)]
    [InlineData(null, 15, 15)]
    public void AfterCrash_WaitsOutTheBackOff_WhenItEndsAfterTheCacheSaysDue(int? crashedUntilMinute, int dueMinute, int expectedMinute)
    {
        DateTime? crashedUntil = crashedUntilMinute is { } minute ? Now.AddMinutes(minute) : null;

        NotificationFetchDue.AfterCrash(Now.AddMinutes(dueMinute), crashedUntil).Should().Be(Now.AddMinutes(expectedMinute));
    }

    [Fact]
    public void AfterCrash_OwnerNeverDue_StaysNeverDue()
    {
        NotificationFetchDue.AfterCrash(null, Now.AddMinutes(5)).Should().BeNull();
    }

    [Fact]
    public void CacheExpiry_FreshAnswerWithWholeSecondExpires_EndsWholeSecondsAfterTheAnswer()
    {
        // Made at 12:00:00.700 for 6 s: ESI sends Expires 12:00:06, the cache ends at 12:00:06.700.
        var answeredAt = Now.AddMilliseconds(720);

        NotificationFetchDue.CacheExpiry(Now.AddSeconds(6), answeredAt, fresh: true).Should().Be(answeredAt.AddSeconds(6));
    }

    [Fact]
    public void CacheExpiry_FreshAnswer_NeverBeforeExpires()
    {
        var expires = Now.AddSeconds(6);

        NotificationFetchDue.CacheExpiry(expires, Now, fresh: true).Should().Be(expires);
        NotificationFetchDue.CacheExpiry(expires, Now.AddMilliseconds(1), fresh: true).Should().BeOnOrAfter(expires);
    }

    [Fact]
    public void CacheExpiry_UnchangedAnswerOrNone_KeepsExpiresAsSent()
    {
        NotificationFetchDue.CacheExpiry(Now.AddSeconds(2), Now.AddMilliseconds(300), fresh: false).Should().Be(Now.AddSeconds(2));
        NotificationFetchDue.CacheExpiry(null, Now, fresh: true).Should().BeNull();
    }

    [Theory]
    [InlineData(1, null, 600)]
    [InlineData(3, 900.0, 300)]
    [InlineData(0, 6.0, 6)]
    public void Period_IsTheCacheSharedAmongTheCharacters(int characters, double? cacheSeconds, double expectedSeconds)
    {
        NotificationFetchDue.Period(characters, cacheSeconds).Should().Be(TimeSpan.FromSeconds(expectedSeconds));
    }
}
