using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Structures.Core.Data;

namespace Structures.Core.Structures;

// Decides which owners are due and syncs them, each in isolation: one owner's failure never stops another.
// Owners get evenly spread slots in the interval, so they do not all hit ESI at the same moment.
public sealed class StructureSyncScheduler(
    IDbContextFactory<StructuresDbContext> contextFactory,
    StructureSynchronizer synchronizer,
    IOptions<SyncOptions> options,
    TimeProvider clock,
    ILogger<StructureSyncScheduler> logger)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, byte> _running = new();

    public async Task<IReadOnlyList<long>> DueOwnersAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var owners = await db.Owners.AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.CorporationId)
            .Select(o => new { o.CorporationId, o.StructuresSync.LastAttemptAt }).ToListAsync(cancellationToken);
        var interval = options.Value.Interval;
        var now = clock.GetUtcNow().UtcDateTime;
        return owners.Where((o, index) => o.LastAttemptAt is not { } last || last < SlotStart(now, interval, Offset(interval, index, owners.Count)))
            .Select(o => o.CorporationId)
            .ToList();
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
            return await synchronizer.SyncAsync(ownerId, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.OwnerSyncCrashed(ex, ownerId);
            return new StructureSyncResult(false, "The sync stopped on an unexpected error; it has been logged.", 0, 0);
        }
        finally
        {
            _running.TryRemove(ownerId, out _);
        }
    }

    internal static TimeSpan Offset(TimeSpan interval, int index, int count) => TimeSpan.FromTicks(interval.Ticks / Math.Max(1, count) * index);

    // The start of the owner's current slot: the latest offset + k × interval not after now.
    internal static DateTime SlotStart(DateTime now, TimeSpan interval, TimeSpan offset)
    {
        var sinceEpoch = now.Ticks - offset.Ticks;
        return new DateTime(sinceEpoch - (sinceEpoch % interval.Ticks) + offset.Ticks, DateTimeKind.Utc);
    }
}
