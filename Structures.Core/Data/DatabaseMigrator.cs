using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Structures.Core.Notifications;

namespace Structures.Core.Data;

// Applies migrations before anything else starts, so the app never runs against an old schema, and refuses a
// database of the other kind (demo or real, see DatabaseMark) before touching it. On SQLite it first takes the
// file's instance lock (SqliteInstanceLock) and holds it while the app runs. On PostgreSQL, instances starting together
// take turns (a cluster lock held from reading the mark to writing it): the first applies the migrations, the others
// find none pending. EF Core's own migration lock did not keep two of them from applying one migration twice.
// A database that is locked or out of reach at start (a backup holding it as the app restarts, a server not up yet)
// is waited for, up to StartPatience, before the app gives up.
public sealed class DatabaseMigrator(
    IDbContextFactory<StructuresDbContext> contextFactory,
    DatabasePurpose purpose,
    SqliteInstanceLock instanceLock,
    TimeProvider clock,
    ILogger<DatabaseMigrator> logger) : IHostedService
{
    public static readonly TimeSpan StartPatience = TimeSpan.FromMinutes(3);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var dataSource = await ClaimAsync(cancellationToken);
        var started = clock.GetUtcNow();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await MigrateAsync(dataSource, cancellationToken);
                return;
            }
            catch (Exception exception) when (DatabaseFailure.IsTransient(exception) && clock.GetUtcNow() - started < StartPatience && !cancellationToken.IsCancellationRequested)
            {
                var wait = Webhooks.DispatchBackOff.After(attempt, TimeSpan.FromSeconds(1));
                logger.DatabaseNotReady(exception, wait);
                await Task.Delay(wait, clock, cancellationToken);
            }
        }
    }

    // Names the database for messages; on SQLite, takes the file's instance lock first.
    private async Task<string> ClaimAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var connectionString = db.Database.GetConnectionString();
        if (!db.Database.IsSqlite())
        {
            var postgres = new NpgsqlConnectionStringBuilder(connectionString);
            return $"PostgreSQL database {postgres.Database} on {postgres.Host}";
        }

        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        EnsureDataFolder(dataSource);
        instanceLock.Acquire(dataSource);
        return dataSource;
    }

    private async Task MigrateAsync(string dataSource, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var alone = await Cluster.ClusterLock.TakeAsync(db, Cluster.ClusterLock.KeyOf("Migr", 0), cancellationToken);
        var mark = await DatabaseMarkStore.ReadAsync(db.Database, cancellationToken);
        if (DatabaseMark.Refusal(mark, await DatabaseMarkStore.HasDemoGrantsAsync(db.Database, cancellationToken), purpose, dataSource) is { } refusal)
        {
            throw new StartupRefusedException(refusal);
        }

        // Made first, empty, so that neither reading it nor migrating fails on a new database (Npgsql logs that as an error).
        await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        if (NotificationSubjectBackfill.IsDue(pending))
        {
            logger.NotificationSubjectsAssigned(await NotificationSubjectBackfill.AssignAsync(db, cancellationToken));
        }

        await DatabaseMarkStore.WriteAsync(db.Database, DatabaseMark.For(purpose), cancellationToken);
        logger.DatabaseReady(pending.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        instanceLock.Dispose();
        return Task.CompletedTask;
    }

    private static void EnsureDataFolder(string dataSource)
    {
        if (SqliteInstanceLock.IsInMemory(dataSource))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
