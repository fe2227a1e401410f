using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Live;
using Structures.Core.Notifications;
using Structures.Core.Structures;
using Structures.Core.Structures.Board;
using Structures.Dashboard.Simulation;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Structures.Board;

// A change that names its structures is read as those alone and spliced into the board's rows before it: the other
// rows are the very same objects (not read again), and the result equals what reading everything gives.
// Runs on PostgreSQL too (Core/Data/OnPostgresTests.cs).
public class StructureBoardSpliceTests : AppTest
{
    public StructureBoardSpliceTests()
        : this(DatabaseProvider.Sqlite)
    {
    }

    protected StructureBoardSpliceTests(DatabaseProvider provider)
        : base(new Dictionary<string, string?>
        {
            ["Structures:Scheduling:Enabled"] = "false",
            ["Simulation:CacheSeconds:corporation-structures"] = "0",
            ["Simulation:CacheSeconds:character-notifications"] = "0",
        }, fakeClock: true, provider: provider)
    {
    }

    private const long Wayne = 98000001;
    private IDisposable? _subscription;

    public override async Task InitializeAsync()
    {
        await AddOwnerAsync(90000001);
        await SyncAsync(Wayne);
    }

    [Fact]
    public async Task Sync_RenamingOneStructureInEve_NamesItAlone_AndTheBoardReadsItAlone()
    {
        var viewer = await SignedInViewerAsync(90000001);
        var before = await Board.VisibleToAsync(viewer, default);
        var renamed = before[before.Count / 2].Id;
        var published = NextChange();

        Factory.Get<SimWorld>().Change(all => all.Single(s => s.Id == renamed).Name = "A renamed tower");
        await SyncAsync(Wayne);
        var after = await Board.VisibleToAsync(viewer, default);

        (await published).StructureIds.Should().Equal(renamed);
        after.Single(r => r.Id == renamed).Name.Should().Be("A renamed tower");
        after.Where(r => r.Id != renamed).Should().OnlyContain(r => before.Any(b => ReferenceEquals(b, r)), "only the named structure is read again");
        await ShouldEqualAWholeReadAsync(viewer, after);
    }

    [Fact]
    public async Task Splice_StructureRemoved_LeavesTheBoard_AsAWholeReadSays()
    {
        var viewer = await SignedInViewerAsync(90000001);
        var before = await Board.VisibleToAsync(viewer, default);
        var gone = before[1].Id;
        await using (var db = await DbAsync())
        {
            await db.Structures.Where(s => s.Id == gone).ExecuteDeleteAsync();
        }

        Events.Publish(StructuresChanged.Naming(Wayne, [gone]));
        var after = await Board.VisibleToAsync(viewer, default);

        after.Select(r => r.Id).Should().Equal(before.Select(r => r.Id).Where(id => id != gone));
        await ShouldEqualAWholeReadAsync(viewer, after);
    }

    [Fact]
    public async Task Splice_StructureAdded_ShowsInNameOrder_AsAWholeReadSays()
    {
        var viewer = await SignedInViewerAsync(90000001);
        var before = await Board.VisibleToAsync(viewer, default);
        var model = before[0];
        const long Added = 1_099_000_000_001;
        await using (var db = await DbAsync())
        {
            db.Structures.Add(new Structure
            {
                Id = Added, OwnerId = Wayne, Kind = model.Kind, TypeId = model.TypeId, SolarSystemId = model.SolarSystemId,
                Name = before[before.Count / 2].Name + " B", CreatedAt = Clock.GetUtcNow().UtcDateTime, LastUpdatedAt = Clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync();
        }

        Events.Publish(StructuresChanged.Naming(Wayne, [Added]));
        var after = await Board.VisibleToAsync(viewer, default);

        after.Should().HaveCount(before.Count + 1).And.Contain(r => r.Id == Added);
        await ShouldEqualAWholeReadAsync(viewer, after);
    }

    [Fact]
    public async Task NotificationFetch_Reinforcement_NamesTheStructure_AndTheBoardShowsItsOverlay()
    {
        var viewer = await SignedInViewerAsync(90000001);
        var before = await Board.VisibleToAsync(viewer, default);
        var target = before.First(r => r.Kind == StructureKind.Upwell && r.Overlay is null).Id;
        var published = NextChange();

        // Notified after the ESI data the sync took, which it then overrides.
        Clock.Advance(TimeSpan.FromSeconds(10));
        (await Http.PostAsJsonAsync($"/sim/control/structures/{target}/reinforce", new { hours = 30 })).EnsureSuccessStatusCode();
        await Factory.Get<NotificationFetcher>().FetchAsync(Wayne, default);
        var after = await Board.VisibleToAsync(viewer, default);

        (await published).StructureIds.Should().Equal(target);
        after.Single(r => r.Id == target).Overlay.Should().NotBeNull();
        after.Where(r => r.Id != target).Should().OnlyContain(r => before.Any(b => ReferenceEquals(b, r)));
        await ShouldEqualAWholeReadAsync(viewer, after);
    }

    [Fact]
    public async Task VisibleToAsync_AfterAChangeNamingNothing_ReadsEverythingAgain()
    {
        var viewer = await SignedInViewerAsync(90000001);
        var before = await Board.VisibleToAsync(viewer, default);

        Events.Publish(new StructuresChanged(Wayne));
        var after = await Board.VisibleToAsync(viewer, default);

        before.Should().NotBeEmpty();
        after.Should().Equal(before).And.OnlyContain(r => !before.Any(b => ReferenceEquals(b, r)), "every row was read again");
    }

    // The whole read that follows is held until the change's rows are taken: a page asking after it has ended is
    // handed the whole read instead, which is as current.
    [Fact]
    public async Task VisibleToAsync_RowsReadWholeOverAMinuteAgo_SpliceANamedChange_AndAreReadWholeAfterIt()
    {
        var viewer = await SignedInViewerAsync(90000001);
        var contexts = new GatedContexts(Factory.Get<IDbContextFactory<StructuresDbContext>>());
        using var board = NewBoard(contexts);
        var before = await board.VisibleToAsync(viewer, default);

        contexts.CloseFrom(ask: 3);
        IReadOnlyList<StructureBoardRow> after;
        try
        {
            Clock.Advance(TimeSpan.FromSeconds(61));
            Events.Publish(StructuresChanged.Naming(Wayne, [before[0].Id]));
            after = await board.VisibleToAsync(viewer, default);
            await contexts.Waiting.WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            // Never leaves the board's read waiting, which would hold the app's stopping.
            contexts.Open();
        }

        IReadOnlyList<StructureBoardRow> later = after;
        await UntilAsync(async () => !ReferenceEquals(later = await board.VisibleToAsync(viewer, default), after));

        before.Should().HaveCountGreaterThan(1);
        after.Where(r => r.Id != before[0].Id && r.Overlay is null).Should().NotBeEmpty()
            .And.OnlyContain(r => before.Any(b => ReferenceEquals(b, r)), "the change is spliced, not read whole on its way");
        contexts.Asked.Should().Be(3, "the first read, the change's, then the whole read after it");
        later.Should().NotBeSameAs(after, "the whole read follows, for the next change")
            .And.Equal(after).And.OnlyContain(r => after.Any(a => ReferenceEquals(a, r)), "rows that show the same are kept: one copy in memory");
    }

    // The rows were read over a minute before the change, so a whole read follows the splice. It is held until the
    // change's rows are taken, as in the test above: a page asking after it ended would be handed it instead.
    [Fact]
    public async Task Splice_FuelRunOutSinceTheRowsWereRead_ReadsThatRowAgain_AsAWholeReadSays()
    {
        var viewer = await SignedInViewerAsync(90000001);
        var contexts = new GatedContexts(Factory.Get<IDbContextFactory<StructuresDbContext>>());
        await using var board = NewBoard(contexts);
        var before = await board.VisibleToAsync(viewer, default);
        var running = before.Where(r => r.PowerMode == PowerMode.FullPower && r.FuelExpiresAt is not null).MinBy(r => r.FuelExpiresAt)!;
        var named = before.First(r => r.Id != running.Id && r.Overlay is null);

        contexts.CloseFrom(ask: 3);
        IReadOnlyList<StructureBoardRow> after;
        try
        {
            Clock.Advance(running.FuelExpiresAt!.Value - Clock.GetUtcNow().UtcDateTime + TimeSpan.FromMinutes(1));
            Events.Publish(StructuresChanged.Naming(Wayne, [named.Id]));
            after = await board.VisibleToAsync(viewer, default);
        }
        finally
        {
            // Never leaves the board's read waiting, which would hold the app's stopping.
            contexts.Open();
        }

        after.Single(r => r.Id == running.Id).PowerMode.Should().NotBe(PowerMode.FullPower);
        after.Should().Contain(r => before.Any(b => ReferenceEquals(b, r)), "the change is spliced, not read whole");
        await ShouldEqualAWholeReadAsync(viewer, after, board);
    }

    [Fact]
    public async Task Publish_OfANamedChange_StartsTheBoardsSpliceBeforeAnyPageAsks_AndThePagesShareIt()
    {
        var viewer = await SignedInViewerAsync(90000001);
        var contexts = new CountingContexts(Factory.Get<IDbContextFactory<StructuresDbContext>>());
        using var board = NewBoard(contexts);
        var before = await board.VisibleToAsync(viewer, default);
        var renamed = before[before.Count / 2].Id;
        await using (var db = await DbAsync())
        {
            await db.Structures.Where(s => s.Id == renamed).ExecuteUpdateAsync(u => u.SetProperty(s => s.Name, "A renamed tower"));
        }

        Events.Publish(StructuresChanged.Naming(Wayne, [renamed]));
        await UntilAsync(() => Task.FromResult(contexts.Opened == 2));
        var pages = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => board.VisibleToAsync(viewer, default)));

        contexts.Opened.Should().Be(2, "the publish started the one read, and every page took its rows");
        pages.Should().OnlyContain(rows => ReferenceEquals(rows, pages[0]));
        pages[0].Single(r => r.Id == renamed).Name.Should().Be("A renamed tower");
    }

    // The app stopping lets go of the database after the board: a read the board started on its own is waited for,
    // rather than left to meet a closed database (and log its failure) as the host stops.
    [Fact]
    public async Task DisposeAsync_WithAChangesReadUnderWay_WaitsForIt()
    {
        var viewer = await SignedInViewerAsync(90000001);
        var contexts = new GatedContexts(Factory.Get<IDbContextFactory<StructuresDbContext>>());
        var board = NewBoard(contexts);
        var before = await board.VisibleToAsync(viewer, default);

        contexts.CloseFrom(ask: 2);
        Events.Publish(StructuresChanged.Naming(Wayne, [before[0].Id]));
        await contexts.Waiting.WaitAsync(TimeSpan.FromSeconds(30));
        var disposing = board.DisposeAsync().AsTask();

        disposing.IsCompleted.Should().BeFalse("the change's read is still waiting for its database context");
        contexts.Open();
        await disposing.WaitAsync(TimeSpan.FromSeconds(30));
        contexts.Asked.Should().Be(2, "the first read, then the change's");
    }

    // A board of this test's own over the app's services, reading through the given contexts.
    private StructureBoard NewBoard(IDbContextFactory<StructuresDbContext> contexts) =>
        new(contexts, Factory.Get<global::Structures.Core.Access.Viewers>(), Events,
            Factory.Get<Microsoft.Extensions.Options.IOptions<BoardOptions>>(), Clock, Factory.Get<OverlayFactCache>());

    // Polls (at most 30 s) for what the board does on its own after a change.
    private static async Task UntilAsync(Func<Task<bool>> done)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (!await done() && TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(30))
        {
            await Task.Yield();
        }

        (await done()).Should().BeTrue();
    }

    private StructureBoard Board => Factory.Get<StructureBoard>();

    private DashboardEvents Events => Factory.Get<DashboardEvents>();

    // The first structure change published from now on; the feed hands it over on its own task.
    private Task<StructuresChanged> NextChange()
    {
        var change = new TaskCompletionSource<StructuresChanged>(TaskCreationOptions.RunContinuationsAsynchronously);
        _subscription = Events.Subscribe(e =>
        {
            if (e is StructuresChanged structures)
            {
                change.TrySetResult(structures);
            }

            return Task.CompletedTask;
        });
        return change.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public override async Task DisposeAsync()
    {
        _subscription?.Dispose();
        await base.DisposeAsync();
    }

    // A change naming nothing makes every board read everything again.
    private async Task ShouldEqualAWholeReadAsync(global::Structures.Core.Access.ViewerId viewer, IReadOnlyList<StructureBoardRow> spliced, StructureBoard? board = null)
    {
        Events.Publish(new StructuresChanged(Wayne));
        var whole = await (board ?? Board).VisibleToAsync(viewer, default);
        whole.Should().NotBeSameAs(spliced);
        spliced.Should().Equal(whole);
    }

    // Counts the contexts a board opens: one a read.
    private sealed class CountingContexts(IDbContextFactory<StructuresDbContext> inner) : IDbContextFactory<StructuresDbContext>
    {
        private int _opened;

        public int Opened => Volatile.Read(ref _opened);

        public StructuresDbContext CreateDbContext() => inner.CreateDbContext();

        public Task<StructuresDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _opened);
            return inner.CreateDbContextAsync(cancellationToken);
        }
    }

    // Hands out contexts; once closed from an ask (the first is 1), that ask and those after it wait until it opens.
    private sealed class GatedContexts(IDbContextFactory<StructuresDbContext> inner) : IDbContextFactory<StructuresDbContext>
    {
        private readonly TaskCompletionSource _waiting = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _asked;
        private int _closedFrom = int.MaxValue;

        public int Asked => Volatile.Read(ref _asked);

        // Done when an ask waits at the gate.
        public Task Waiting => _waiting.Task;

        // Once opened, the gate stays open: a test closes it once.
        public void CloseFrom(int ask) => Volatile.Write(ref _closedFrom, ask);

        public void Open() => _gate.TrySetResult();

        public StructuresDbContext CreateDbContext() => inner.CreateDbContext();

        public async Task<StructuresDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default)
        {
            if (Interlocked.Increment(ref _asked) >= Volatile.Read(ref _closedFrom) && !_gate.Task.IsCompleted)
            {
                _waiting.TrySetResult();
                await _gate.Task;
            }

            return await inner.CreateDbContextAsync(cancellationToken);
        }
    }
}
