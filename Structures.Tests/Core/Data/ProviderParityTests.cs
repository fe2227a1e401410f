using Microsoft.EntityFrameworkCore;
using Structures.Core.Access;
using Structures.Core.Data;
using Structures.Core.Notifications;
using Structures.Core.Structures;
using Structures.Core.Structures.Board;
using Structures.Tests.Core.Notifications;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Data;

// The same owners, sync and notifications on SQLite and on PostgreSQL, at the same instant, give the same answers:
// the board's rows in the same order, and the same notifications found by a search in any case, page by page.
public sealed class ProviderParityTests : IAsyncLifetime
{
    private readonly ParityApp _sqlite = new(DatabaseProvider.Sqlite);
    private readonly ParityApp _postgres = new(DatabaseProvider.PostgreSQL);

    public async Task InitializeAsync()
    {
        var at = TimeProvider.System.GetUtcNow().AddMinutes(1);
        await _sqlite.SeedAsync(at);
        await _postgres.SeedAsync(at);
    }

    [Fact]
    public async Task Board_OnBothProviders_ShowsTheSameRowsInTheSameOrder()
    {
        var onSqlite = await _sqlite.BoardAsync();
        var onPostgres = await _postgres.BoardAsync();

        onSqlite.Should().HaveCountGreaterThan(5).And.Contain(r => r.Overlay != null, "an attack notification marks its structure");
        onPostgres.Should().BeEquivalentTo(onSqlite, options => options.WithStrictOrdering());
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData(null, 3)]
    [InlineData("wayne TOWER", 2)]
    [InlineData("GOTHAM raiders", 1)]
    [InlineData("structureunderattack", 1)]
    [InlineData("100%", 1)]
    public async Task NotificationSearchAndPaging_OnBothProviders_FindTheSamePage(string? search, int page)
    {
        var onSqlite = await _sqlite.NotificationsAsync(new NotificationFilter(Search: search, Page: page));
        var onPostgres = await _postgres.NotificationsAsync(new NotificationFilter(Search: search, Page: page));

        if (search != "100%")
        {
            onSqlite.Rows.Should().NotBeEmpty();
        }

        onPostgres.Total.Should().Be(onSqlite.Total);
        // The embeds' images point at each app's own simulator, on its own port.
        onPostgres.Rows.Should().BeEquivalentTo(onSqlite.Rows, options => options.WithStrictOrdering().Excluding(r => r.Embed));
        onPostgres.Rows.Select(r => r.Embed?.Description).Should().Equal(onSqlite.Rows.Select(r => r.Embed?.Description));
    }

    public async Task DisposeAsync()
    {
        await _sqlite.DisposeAsync();
        await _postgres.DisposeAsync();
    }

    private sealed class ParityApp(DatabaseProvider provider) : AppTest(fakeClock: true, provider: provider)
    {
        private ViewerId? _viewer;

        public async Task SeedAsync(DateTimeOffset at)
        {
            Clock.SetUtcNow(at.AddTicks(-(at.Ticks % TimeSpan.TicksPerSecond)));
            _viewer = await SignedInViewerAsync(90000001);
            await AddOwnerAsync(90000001);
            await AddOwnerAsync(90000006);
            await SyncAsync(98000001);
            await SyncAsync(98000003);
            // Notifications since the last sync mark their structures on the board.
            Clock.Advance(TimeSpan.FromMinutes(10));
            var now = Clock.GetUtcNow().UtcDateTime;
            await using var db = await DbAsync();
            var others = await db.Structures.Where(s => s.OwnerId == 98000001 && s.Kind == StructureKind.Upwell && s.Id != NotificationSamples.WayneTower)
                .OrderBy(s => s.Id).Select(s => s.Id).ToListAsync();
            db.Notifications.AddRange(Enumerable.Range(1, 80).Select(i => i % 3 == 0
                ? NotificationSamples.Attack(i, now.AddMinutes(-i), others[i % others.Count], "Gotham Raiders", "Rogues Gallery")
                : NotificationSamples.Attack(i, now.AddMinutes(-(i % 7)))));
            await db.SaveChangesAsync();
        }

        public Task<IReadOnlyList<StructureBoardRow>> BoardAsync() => Factory.Get<StructureBoard>().VisibleToAsync(_viewer!, default);

        public Task<NotificationPage> NotificationsAsync(NotificationFilter filter) => Factory.Get<NotificationList>().ForAsync(_viewer!, filter, default);
    }
}
