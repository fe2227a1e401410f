using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Structures.Core.Data;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Cluster;

// Several instances started at once on a new PostgreSQL database, as compose starts app1 and app2: each one's
// migrator runs against the same empty schema.
public sealed class ConcurrentStartClusterTests
{
    private const int Instances = 4;

    [Fact]
    public async Task StartAsync_OnOneEmptyDatabase_FromSeveralInstancesAtOnce_AppliesEachMigrationOnce_AndEveryInstanceStarts()
    {
        var database = TestPostgres.CreateDatabase();
        try
        {
            var contexts = new Contexts(new DbContextOptionsBuilder<PostgresStructuresDbContext>().UseNpgsql(database).Options);
            var locks = Enumerable.Range(0, Instances).Select(_ => new SqliteInstanceLock()).ToList();
            var starts = locks.Select(l => Task.Run(() => new DatabaseMigrator(contexts, DatabasePurpose.Real, l, NullLogger<DatabaseMigrator>.Instance).StartAsync(default)));

            await FluentActions.Awaiting(() => Task.WhenAll(starts)).Should().NotThrowAsync();

            await using var db = contexts.CreateDbContext();
            (await db.Database.GetAppliedMigrationsAsync()).Should().Equal(db.Database.GetMigrations());
            locks.ForEach(l => l.Dispose());
        }
        finally
        {
            TestPostgres.DropDatabase(database);
        }
    }

    private sealed class Contexts(DbContextOptions<PostgresStructuresDbContext> options) : IDbContextFactory<StructuresDbContext>
    {
        public StructuresDbContext CreateDbContext() => new PostgresStructuresDbContext(options);
    }
}
