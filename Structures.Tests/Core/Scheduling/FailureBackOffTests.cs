using Structures.Core.Scheduling;

namespace Structures.Tests.Core.Scheduling;

public sealed class FailureBackOffTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(6, 32)]
    [InlineData(7, 60)]
    [InlineData(int.MaxValue, 60)]
    public void After_FailuresInARow_DoublesUpToTheLongest(int failures, int seconds)
    {
        FailureBackOff.After(failures, TimeSpan.FromMinutes(1)).Should().Be(TimeSpan.FromSeconds(seconds));
    }
}
