using Structures.Core.Statistics;

namespace Structures.Tests.Core.Statistics;

public sealed class FuelBucketsTests
{
    [Theory]
    [InlineData(0, FuelBucket.Empty)]
    [InlineData(23.9, FuelBucket.UnderOneDay)]
    [InlineData(24, FuelBucket.UnderTwoDays)]
    [InlineData(48, FuelBucket.UnderOneWeek)]
    [InlineData(24 * 7, FuelBucket.UnderOneMonth)]
    [InlineData(24 * 30, FuelBucket.MonthOrMore)]
    public void FuelBuckets_Of_PutsEachEdgeInTheLongerBucket(double hours, FuelBucket expected)
    {
        FuelBuckets.Of(TimeSpan.FromHours(hours)).Should().Be(expected);
    }
}
