namespace Structures.Tests.Benchmarks.Cluster;

public sealed class HeldWorkTests
{
    private static readonly DateTime Before = new(2026, 12, 2, 5, 31, 21, DateTimeKind.Utc);

    [Fact]
    public void Interrupted_KeepsTheOwnersWhoseLastSuccessDidNotMove_AndDropsASyncThatEndedBeforeTheDeath()
    {
        var held = new HeldWork([1], [12, 13, 14], new Dictionary<long, DateTime?> { [12] = Before, [13] = Before, [14] = null });

        var interrupted = held.Interrupted(new Dictionary<long, DateTime?> { [12] = Before.AddSeconds(12), [13] = Before, [14] = null });

        interrupted.Should().Equal([13, 14], "owner 12's sync recorded its success after the leases were read: it finished before the kill");
    }
}
