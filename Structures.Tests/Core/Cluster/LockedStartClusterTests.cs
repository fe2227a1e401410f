using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Structures.Core.Data;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Cluster;

// An instance restarted while another program holds the PostgreSQL database (a backup, a stuck tool) waits for it
// rather than stopping: its writes at start time out on the lock, and it starts once the lock is gone.
public sealed class LockedStartClusterTests
{
    [Fact]
    public async Task StartAsync_WhileEveryTableIsLockedAgainstWrites_WaitsAndStartsOnceTheLockIsGone()
    {
        var database = TestPostgres.CreateDatabase(migrated: true);
        try
        {
            var contexts = new PostgresContextFactory(new PooledDbContextFactory<PostgresStructuresDbContext>(
                new DbContextOptionsBuilder<PostgresStructuresDbContext>().UseNpgsql($"{database};Command Timeout=1").Options));
            var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
            var logger = new FakeLogger<DatabaseMigrator>();
            using var instanceLock = new SqliteInstanceLock();
            await using var locker = new NpgsqlConnection(database);
            await locker.OpenAsync();
            await PostgresWriteLock.TakeAsync(locker);

            var start = new DatabaseMigrator(contexts, DatabasePurpose.Real, instanceLock, clock, logger).StartAsync(default);

            await UntilAsync(() => logger.Collector.GetSnapshot().Any(r => r.Id.Name == "DatabaseNotReady"));
            var whileLocked = start.IsCompleted;
            await PostgresWriteLock.ReleaseAsync(locker);
            while (!start.IsCompleted)
            {
                clock.Advance(TimeSpan.FromSeconds(1));
                await Task.Yield();
            }

            await start;
            whileLocked.Should().BeFalse();
            logger.Collector.GetSnapshot().Should().Contain(r => r.Id.Name == "DatabaseReady");
        }
        finally
        {
            TestPostgres.DropDatabase(database);
        }
    }

    private static async Task UntilAsync(Func<bool> done)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (!done() && TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(30))
        {
            await Task.Yield();
        }

        done().Should().BeTrue();
    }
}
