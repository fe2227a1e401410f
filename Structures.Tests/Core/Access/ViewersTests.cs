using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Structures.Core.Access;
using Structures.Core.Data;

namespace Structures.Tests.Core.Access;

public sealed class ViewersTests : TwoAlliancesTest
{
    [Fact]
    public async Task ResolveAsync_AskedByManyPagesWhileOneReadIsUnderWay_SharesThatRead_ThenReadsAfresh()
    {
        var id = await SignedInViewerAsync(Nygma);
        var database = new HeldFactory(Factory.Get<IDbContextFactory<StructuresDbContext>>());
        var viewers = new Viewers(database, Factory.Get<IOptionsMonitor<AccessOptions>>());

        var first = viewers.ResolveAsync(id, default);
        await database.Opened.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var others = Enumerable.Range(0, 49).Select(_ => viewers.ResolveAsync(id, default)).ToList();
        database.Release.SetResult();
        var all = await Task.WhenAll([first, .. others]);

        database.Reads.Should().Be(1);
        all.Should().OnlyContain(v => v.CharacterIds.Contains(Nygma) && v.CorporationIds.Contains(BadCompany));
        await viewers.ResolveAsync(id, default);
        database.Reads.Should().Be(2, "a read that has ended is not kept: the next ask sees grants as they are then");
    }

    [Fact]
    public async Task ResolveAsync_OneCallerCancelled_LeavesTheSharedReadToTheOthers()
    {
        var id = await SignedInViewerAsync(Nygma);
        var database = new HeldFactory(Factory.Get<IDbContextFactory<StructuresDbContext>>());
        var viewers = new Viewers(database, Factory.Get<IOptionsMonitor<AccessOptions>>());
        using var leaving = new CancellationTokenSource();

        var cancelled = viewers.ResolveAsync(id, leaving.Token);
        await database.Opened.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var staying = viewers.ResolveAsync(id, default);
        await leaving.CancelAsync();
        database.Release.SetResult();

        await cancelled.Invoking(t => t).Should().ThrowAsync<OperationCanceledException>();
        (await staying).CharacterIds.Should().Contain(Nygma);
        database.Reads.Should().Be(1);
    }

    // Counts the contexts opened and holds the first open until released, so that asks can arrive while it is under way.
    private sealed class HeldFactory(IDbContextFactory<StructuresDbContext> inner) : IDbContextFactory<StructuresDbContext>
    {
        private int _reads;

        public TaskCompletionSource Opened { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Reads => Volatile.Read(ref _reads);

        public StructuresDbContext CreateDbContext() => inner.CreateDbContext();

        public async Task<StructuresDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _reads);
            Opened.TrySetResult();
            await Release.Task;
            return await inner.CreateDbContextAsync(cancellationToken);
        }
    }
}
