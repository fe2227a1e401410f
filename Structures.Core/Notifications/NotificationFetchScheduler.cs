using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Structures.Core.Data;
using Structures.Core.Scheduling;

namespace Structures.Core.Notifications;

// Fetches the notifications of every owner that is due (NotificationFetchDue), a few owners at a time, each in
// isolation: an owner whose fetch crashes waits with back-off while the others go on. With several instances each
// owner's fetch is claimed (OwnerWorkClaims): whichever instance gets the lease fetches, and the others leave the owner
// alone for a moment.
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The semaphore is deliberately never disposed, see _slots.")]
public sealed class NotificationFetchScheduler(
    IDbContextFactory<StructuresDbContext> contextFactory,
    NotificationFetcher fetcher,
    OwnerWorkClaims claims,
    TimeProvider clock,
    ILogger<NotificationFetchScheduler> logger)
{
    private const int Parallelism = 4;
    private static readonly TimeSpan LongestBackOff = TimeSpan.FromMinutes(5);
    // How long an owner whose fetch another instance holds is left alone before this one asks again.
    private static readonly TimeSpan HeldElsewhereWait = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<long, byte> _running = new();
    // Owners whose last fetch crashed (the database, not ESI: ESI failures are recorded on the owner), and until when
    // each waits before the next try.
    private readonly ConcurrentDictionary<long, (int Failures, DateTime Until)> _crashed = new();
    private readonly ConcurrentDictionary<long, DateTime> _heldElsewhere = new();
    // Not disposed: fetches run on after the call that started them, even while the app shuts down, and a semaphore
    // whose wait handle is never asked for holds nothing to release.
    private readonly SemaphoreSlim _slots = new(Parallelism, Parallelism);
    private TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    // When the loop may start the next owner's fetch (NotificationFetchPacing).
    private DateTime _nextStartAt = DateTime.MinValue;

    // Completes when any fetch ends, so whoever waits for the next due owner can look again.
    public Task FetchFinished => Volatile.Read(ref _finished).Task;

    public async Task<IReadOnlyList<long>> DueOwnersAsync(CancellationToken cancellationToken) => [.. (await PlanAsync(cancellationToken)).Due.Select(o => o.OwnerId)];

    // Starts the fetch of every due owner not already fetching, longest due first, each a gap after the one before
    // (NotificationFetchPacing), and tells when the next one is due.
    public async Task<DateTime?> StartDueAsync(CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var owner in plan.Due.Where(o => !_running.ContainsKey(o.OwnerId)))
        {
            var startAt = _nextStartAt > now ? _nextStartAt : now;
            _nextStartAt = startAt + plan.Gap;
            _ = FetchClaimedAsync(owner.OwnerId, startAt - now, owner.LastAttemptAt, cancellationToken);
        }

        return plan.NextAt;
    }

    private async Task<FetchPlan> PlanAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await PlanAsync(db, cancellationToken);
    }

    // The plan as the loop makes it, read through the given context: for AlertPathRehearsal, whose stand-in owner only
    // its own transaction sees. Nothing is started.
    internal async Task<IReadOnlyList<long>> RehearsePlanAsync(StructuresDbContext db, CancellationToken cancellationToken) =>
        [.. (await PlanAsync(db, cancellationToken)).Due.Select(o => o.OwnerId)];

    private async Task<FetchPlan> PlanAsync(StructuresDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var owners = await db.Owners.AsNoTracking().Where(o => o.IsActive)
            .Select(o => new
            {
                o.CorporationId,
                o.NotificationsSync.LastAttemptAt,
                o.NotificationsCacheSeconds,
                Expiries = o.Characters.Where(c => c.IsEnabled).Select(c => c.NotificationsCacheExpiresAt).ToList(),
            })
            .ToListAsync(cancellationToken);
        var dueAt = owners.Select(o => (o.CorporationId, o.LastAttemptAt, At: Later(NotificationFetchDue.At(o.LastAttemptAt, o.Expiries, o.NotificationsCacheSeconds), o.CorporationId)))
            .Where(o => o.At is not null).ToList();
        var later = dueAt.Where(o => o.At > now && !_running.ContainsKey(o.CorporationId)).Select(o => o.At).ToList();
        var periods = owners.Where(o => o.Expiries.Count > 0).Select(o => NotificationFetchDue.Period(o.Expiries.Count, o.NotificationsCacheSeconds)).ToList();
        return new FetchPlan(
            [.. dueAt.Where(o => o.At <= now).OrderBy(o => o.At).Select(o => (o.CorporationId, o.LastAttemptAt))],
            later.Count == 0 ? null : later.Min(),
            NotificationFetchPacing.Gap(periods.Count, periods.Count == 0 ? TimeSpan.Zero : periods.Min()));
    }

    private DateTime? Later(DateTime? dueAt, long ownerId) =>
        NotificationFetchDue.AfterCrash(NotificationFetchDue.AfterCrash(dueAt, _crashed.TryGetValue(ownerId, out var crash) ? crash.Until : null),
            _heldElsewhere.TryGetValue(ownerId, out var held) ? held : null);

    public Task FetchIsolatedAsync(long ownerId, CancellationToken cancellationToken) => FetchClaimedAsync(ownerId, null, null, cancellationToken);

    // A planned fetch (the owner was due, with this last attempt, and starts after its wait) runs only if no instance
    // has tried since. The owner counts as fetching while it waits, so no later look starts it twice.
    private async Task FetchClaimedAsync(long ownerId, TimeSpan? plannedWait, DateTime? seenAttempt, CancellationToken cancellationToken)
    {
        if (!_running.TryAdd(ownerId, 0))
        {
            return;
        }

        var planned = plannedWait is not null;
        try
        {
            if (plannedWait > TimeSpan.Zero)
            {
                await Task.Delay(plannedWait.Value, clock, cancellationToken);
            }

            await _slots.WaitAsync(cancellationToken);
            try
            {
                var claimed = await claims.RunAsync(OwnerWorkClaims.Fetch(ownerId), async token =>
                {
                    if (!planned || !claims.Clustered || await UntouchedSinceAsync(ownerId, seenAttempt, token))
                    {
                        await fetcher.FetchAsync(ownerId, token);
                    }
                }, cancellationToken);
                Remember(ownerId, claimed);
            }
            finally
            {
                _slots.Release();
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var failures = (_crashed.TryGetValue(ownerId, out var before) ? before.Failures : 0) + 1;
            var backOff = Scheduling.FailureBackOff.After(failures, LongestBackOff);
            _crashed[ownerId] = (failures, clock.GetUtcNow().UtcDateTime + backOff);
            logger.NotificationFetchCrashed(ex, ownerId, failures, backOff);
        }
        finally
        {
            _running.TryRemove(ownerId, out _);
            Interlocked.Exchange(ref _finished, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        }
    }

    private void Remember(long ownerId, bool claimed)
    {
        if (claimed)
        {
            _crashed.TryRemove(ownerId, out _);
            _heldElsewhere.TryRemove(ownerId, out _);
        }
        else
        {
            _heldElsewhere[ownerId] = clock.GetUtcNow().UtcDateTime + HeldElsewhereWait;
        }
    }

    private async Task<bool> UntouchedSinceAsync(long ownerId, DateTime? lastAttemptAt, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = await db.Owners.AsNoTracking().Where(o => o.CorporationId == ownerId)
            .Select(o => new { o.NotificationsSync.LastAttemptAt }).SingleOrDefaultAsync(cancellationToken);
        return now is not null && now.LastAttemptAt == lastAttemptAt;
    }

    private sealed record FetchPlan(List<(long OwnerId, DateTime? LastAttemptAt)> Due, DateTime? NextAt, TimeSpan Gap);
}
