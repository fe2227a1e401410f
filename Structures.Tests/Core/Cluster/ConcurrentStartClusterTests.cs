using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
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
            var contexts = new PostgresContextFactory(new PooledDbContextFactory<PostgresStructuresDbContext>(
                new DbContextOptionsBuilder<PostgresStructuresDbContext>().UseNpgsql(database).Options));
            using var instanceLock = new SqliteInstanceLock();
            var starts = Enumerable.Range(0, Instances)
                .Select(_ => Task.Run(() => new DatabaseMigrator(contexts, DatabasePurpose.Real, instanceLock, TimeProvider.System, NullLogger<DatabaseMigrator>.Instance).StartAsync(default)));

            await FluentActions.Awaiting(() => Task.WhenAll(starts)).Should().NotThrowAsync();

            await using var db = await contexts.CreateDbContextAsync();
            (await db.Database.GetAppliedMigrationsAsync()).Should().Equal(db.Database.GetMigrations());
        }
        finally
        {
            TestPostgres.DropDatabase(database);
        }
    }
}
