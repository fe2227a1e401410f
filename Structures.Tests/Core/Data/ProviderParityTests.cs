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
// the board's rows in the same order, and the same notifications found by a search in any case, page by page. The
// tests only read, so both apps are seeded once for the class (SeededApps).
public sealed class ProviderParityTests(ProviderParityTests.SeededApps apps) : IClassFixture<ProviderParityTests.SeededApps>
{
    [Fact]
    public async Task Board_OnBothProviders_ShowsTheSameRowsInTheSameOrder()
    {
        var onSqlite = await apps.Sqlite.BoardAsync();
        var onPostgres = await apps.Postgres.BoardAsync();

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
        var onSqlite = await apps.Sqlite.NotificationsAsync(new NotificationFilter(Search: search, Page: page));
        var onPostgres = await apps.Postgres.NotificationsAsync(new NotificationFilter(Search: search, Page: page));

        if (search != "100%")
        {
            onSqlite.Rows.Should().NotBeEmpty();
        }

        onPostgres.Total.Should().Be(onSqlite.Total);
        // The embeds' images point at each app's own simulator, on its own port.
        onPostgres.Rows.Should().BeEquivalentTo(onSqlite.Rows, options => options.WithStrictOrdering().Excluding(r => r.Embed));
        onPostgres.Rows.Select(r => r.Embed?.Description).Should().Equal(onSqlite.Rows.Select(r => r.Embed?.Description));
    }

    public sealed class SeededApps : IAsyncLifetime
    {
        public ParityApp Sqlite { get; } = new(DatabaseProvider.Sqlite);

        public ParityApp Postgres { get; } = new(DatabaseProvider.PostgreSQL);

        public async Task InitializeAsync()
        {
            var at = TimeProvider.System.GetUtcNow().AddMinutes(1);
            await Sqlite.SeedAsync(at);
            await Postgres.SeedAsync(at);
        }

        public async Task DisposeAsync()
        {
            await Sqlite.DisposeAsync();
            await Postgres.DisposeAsync();
        }
    }

    public sealed class ParityApp(DatabaseProvider provider) : AppTest(fakeClock: true, provider: provider)
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

        // Each test reading the app has its warnings and errors checked when it ends, as for an app of its own.
        public Task<IReadOnlyList<StructureBoardRow>> BoardAsync()
        {
            TestRun.Reads(Factory);
            return Factory.Get<StructureBoard>().VisibleToAsync(_viewer!, default);
        }

        public Task<NotificationPage> NotificationsAsync(NotificationFilter filter)
        {
            TestRun.Reads(Factory);
            return Factory.Get<NotificationList>().ForAsync(_viewer!, filter, default);
        }
    }
}
