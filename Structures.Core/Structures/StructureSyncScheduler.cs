using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Structures.Core.Data;
using Structures.Core.Scheduling;

namespace Structures.Core.Structures;

// Syncs the owners whose slot has come (SyncSlots), each in isolation: one owner's failure never stops another. With
// several instances each owner's sync is claimed (OwnerWorkClaims), so it runs on one of them at a time.
public sealed class StructureSyncScheduler(
    IDbContextFactory<StructuresDbContext> contextFactory,
    StructureSynchronizer synchronizer,
    OwnerWorkClaims claims,
    IOptions<SyncOptions> options,
    TimeProvider clock,
    ILogger<StructureSyncScheduler> logger,
    Telemetry.StructuresTelemetry telemetry)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, byte> _running = new();

    public async Task<IReadOnlyList<long>> DueOwnersAsync(CancellationToken cancellationToken) =>
        [.. (await DueAsync(cancellationToken)).Select(o => o.OwnerId)];

    // Each due owner is claimed only once a parallel slot is free, so an instance never holds more owners than it
    // syncs, and the others take the rest.
    public async Task<int> SyncDueAsync(CancellationToken cancellationToken)
    {
        var due = await DueAsync(cancellationToken);
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = options.Value.Parallelism, CancellationToken = cancellationToken },
            async (owner, token) => await SyncClaimedAsync(owner.OwnerId, planned: true, owner.LastAttemptAt, token));
        return due.Count;
    }

    private async Task<List<(long OwnerId, DateTime? LastAttemptAt)>> DueAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var owners = await db.Owners.AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.CorporationId)
            .Select(o => new { o.CorporationId, o.StructuresSync.LastAttemptAt }).ToListAsync(cancellationToken);
        var attempts = owners.ToDictionary(o => o.CorporationId, o => o.LastAttemptAt);
        var due = SyncSlots.Due([.. owners.Select(o => (o.CorporationId, o.LastAttemptAt))], clock.GetUtcNow().UtcDateTime, options.Value.Interval);
        return [.. due.Select(id => (id, attempts[id]))];
    }

    // Another instance may have synced the owner between the look and the claim: then its last attempt has moved.
    private async Task<bool> UntouchedSinceAsync(long ownerId, DateTime? lastAttemptAt, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = await db.Owners.AsNoTracking().Where(o => o.CorporationId == ownerId)
            .Select(o => new { o.StructuresSync.LastAttemptAt }).SingleOrDefaultAsync(cancellationToken);
        return now is not null && now.LastAttemptAt == lastAttemptAt;
    }

    // A sync already running for the owner, here or on another instance, makes a second request a no-op, as with
    // aa-structures' task locks.
    public Task<StructureSyncResult?> SyncIsolatedAsync(long ownerId, CancellationToken cancellationToken) =>
        SyncClaimedAsync(ownerId, planned: false, null, cancellationToken);

    // A planned sync (the owner was due, with this last attempt) runs only if nobody has tried since.
    private async Task<StructureSyncResult?> SyncClaimedAsync(long ownerId, bool planned, DateTime? seenAttempt, CancellationToken cancellationToken)
    {
        if (!_running.TryAdd(ownerId, 0))
        {
            return null;
        }

        try
        {
            StructureSyncResult? result = null;
            await claims.RunAsync(OwnerWorkClaims.Sync(ownerId), async token =>
            {
                if (planned && claims.Clustered && !await UntouchedSinceAsync(ownerId, seenAttempt, token))
                {
                    return;
                }

                result = await telemetry.MeasureSyncAsync(ownerId, () => synchronizer.SyncAsync(ownerId, token));
            }, cancellationToken);
            return result;
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
