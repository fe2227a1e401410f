using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Structures.Core.Data;

namespace Structures.Core.Structures;

// Syncs the owners whose slot has come (SyncSlots), each in isolation: one owner's failure never stops another.
public sealed class StructureSyncScheduler(
    IDbContextFactory<StructuresDbContext> contextFactory,
    StructureSynchronizer synchronizer,
    IOptions<SyncOptions> options,
    TimeProvider clock,
    ILogger<StructureSyncScheduler> logger,
    Telemetry.StructuresTelemetry telemetry)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, byte> _running = new();

    public async Task<IReadOnlyList<long>> DueOwnersAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var owners = await db.Owners.AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.CorporationId)
            .Select(o => new { o.CorporationId, o.StructuresSync.LastAttemptAt }).ToListAsync(cancellationToken);
        return SyncSlots.Due([.. owners.Select(o => (o.CorporationId, o.LastAttemptAt))], clock.GetUtcNow().UtcDateTime, options.Value.Interval);
    }

    public async Task<int> SyncDueAsync(CancellationToken cancellationToken)
    {
        var due = await DueOwnersAsync(cancellationToken);
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = options.Value.Parallelism, CancellationToken = cancellationToken },
            async (ownerId, token) => await SyncIsolatedAsync(ownerId, token));
        return due.Count;
    }

    // A sync already running for the owner makes a second request a no-op, as with aa-structures' task locks.
    public async Task<StructureSyncResult?> SyncIsolatedAsync(long ownerId, CancellationToken cancellationToken)
    {
        if (!_running.TryAdd(ownerId, 0))
        {
            return null;
        }

        try
        {
            return await telemetry.MeasureSyncAsync(ownerId, () => synchronizer.SyncAsync(ownerId, cancellationToken));
        }
        // Once the caller has given up (the app is stopping), what the sync throws on its way out, such as a service
        // already disposed, is the stop, not a crash.
        catch (Exception ex) when (ex is not OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.OwnerSyncCrashed(ex, ownerId);
            return new StructureSyncResult(false, "The sync stopped on an unexpected error; it has been logged.", 0, 0);
        }
        finally
        {
            _running.TryRemove(ownerId, out _);
        }
    }
}
