using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Structures.Core.Data;

namespace Structures.Core.Cluster;

// Data every owner's sync shares (EVE reference data, the sovereignty map, the generated tags) is written by one
// instance at a time on PostgreSQL: a transaction-scoped advisory lock, held until the caller's transaction ends.
// The generated fuel alerts are evaluated by one instance at a time too, so no bucket is alerted twice. Within one
// instance the writers' own semaphores already do this, and SQLite has one instance only.
internal static class SharedDataLock
{
    private const long Key = 0x5354_5255_4353;

    // The work runs while this instance holds the alerts' lock, on a connection kept open for it.
    public static async Task<T> WhileAlertingAsync<T>(IDbContextFactory<StructuresDbContext> contextFactory, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var alone = await ClusterLock.TakeAsync(db, ClusterLock.KeyOf("Alrt", 0), cancellationToken);
        return await work();
    }

    // A transaction holding the lock on PostgreSQL, for the caller to commit; null on SQLite, where none is needed.
    public static async Task<IDbContextTransaction?> BeginAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return null;
        }

        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await TakeAsync(db, cancellationToken);
            return transaction;
        }
        catch
        {
            // Stopped while waiting for another instance: the transaction ends here, not whenever the context does.
            await transaction.DisposeAsync();
            throw;
        }
    }

    // Inside a transaction the caller began.
    public static async Task TakeAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({Key})", cancellationToken);
        }
    }
}
