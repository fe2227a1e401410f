using Microsoft.EntityFrameworkCore;
using Structures.Core.Cluster;
using Structures.Core.Data;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Cluster;

// Leases between instances of one install, on the app's real database and migrations; PostgreSQL in the twin below.
public class WorkLeasesTests : AppTest
{
    public WorkLeasesTests()
        : this(DatabaseProvider.Sqlite)
    {
    }

    protected WorkLeasesTests(DatabaseProvider provider)
        : base(fakeClock: true, provider: provider)
    {
    }

    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task TryClaim_AFreeLease_IsTaken_AndRefusedToAnotherInstanceUntilItExpires()
    {
        var (first, second) = (Instance(), Instance());

        (await first.TryClaimAsync("webhook:1", Duration, default)).Should().BeTrue();
        (await second.TryClaimAsync("webhook:1", Duration, default)).Should().BeFalse("the first instance holds it");
        Clock.Advance(Duration - TimeSpan.FromSeconds(1));
        (await second.TryClaimAsync("webhook:1", Duration, default)).Should().BeFalse("it is still held for a second");
        Clock.Advance(TimeSpan.FromSeconds(1));

        (await second.TryClaimAsync("webhook:1", Duration, default)).Should().BeTrue("the holder stopped renewing: its lease expired");
        var current = await second.CurrentAsync("webhook:1", default);
        current!.Holder.Should().Be(second.Holder);
        current.Until.Should().Be(Clock.GetUtcNow().UtcDateTime + Duration);
        (await first.TryClaimAsync("webhook:1", Duration, default)).Should().BeFalse("the lease was taken over");
    }

    [Fact]
    public async Task TryClaim_ByItsHolder_RenewsTheLease()
    {
        var (first, second) = (Instance(), Instance());
        await first.TryClaimAsync("owner-sync:98000001", Duration, default);
        Clock.Advance(TimeSpan.FromSeconds(20));

        (await first.TryClaimAsync("owner-sync:98000001", Duration, default)).Should().BeTrue();
        Clock.Advance(TimeSpan.FromSeconds(20));

        (await second.TryClaimAsync("owner-sync:98000001", Duration, default)).Should().BeFalse("the renewed lease runs 30 s from the renewal");
        (await first.CurrentAsync("owner-sync:98000001", default))!.Until.Should().Be(Clock.GetUtcNow().UtcDateTime + TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Release_ByItsHolder_FreesTheLease_ButNotByAnother()
    {
        var (first, second) = (Instance(), Instance());
        await first.TryClaimAsync("webhook:2", Duration, default);

        await second.ReleaseAsync("webhook:2", default);
        (await second.TryClaimAsync("webhook:2", Duration, default)).Should().BeFalse("only the holder gives a lease up");
        await first.ReleaseAsync("webhook:2", default);

        (await first.CurrentAsync("webhook:2", default)).Should().BeNull();
        (await second.TryClaimAsync("webhook:2", Duration, default)).Should().BeTrue();
    }

    [Fact]
    public async Task TryClaim_ManyInstancesAtOnce_OneGetsIt()
    {
        var instances = Enumerable.Range(0, 8).Select(_ => Instance()).ToList();

        var answers = await Task.WhenAll(instances.Select(i => i.TryClaimAsync("webhook:3", Duration, default)));

        answers.Count(claimed => claimed).Should().Be(1);
        var holder = instances[Array.IndexOf(answers, true)].Holder;
        await using var db = await DbAsync();
        (await db.WorkLeases.SingleAsync()).Holder.Should().Be(holder);
    }

    private WorkLeases Instance() => new(Factory.Get<IDbContextFactory<StructuresDbContext>>(), new InstanceIdentity(), Clock);
}

public sealed class WorkLeasesOnPostgresTests() : WorkLeasesTests(DatabaseProvider.PostgreSQL);
