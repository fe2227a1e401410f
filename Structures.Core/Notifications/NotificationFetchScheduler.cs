using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Structures.Core.Data;

namespace Structures.Core.Notifications;

// With N sync characters an owner's notifications are fetched every cache / N, each time by a character whose
// ESI cache has expired: the fastest ESI allows without asking for anything before it expires (aa-structures §2.3).
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The semaphore is deliberately never disposed, see _slots.")]
public sealed class NotificationFetchScheduler(
    IDbContextFactory<StructuresDbContext> contextFactory,
    NotificationFetcher fetcher,
    TimeProvider clock,
    ILogger<NotificationFetchScheduler> logger)
{
    private const int Parallelism = 4;
    private static readonly TimeSpan LongestBackOff = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<long, byte> _running = new();
    // Owners whose last fetch crashed (the database, not ESI: ESI failures are recorded on the owner), and until when
    // each waits before the next try.
    private readonly ConcurrentDictionary<long, (int Failures, DateTime Until)> _crashed = new();
    // Not disposed: fetches run on after the call that started them, even while the app shuts down, and a semaphore
    // whose wait handle is never asked for holds nothing to release.
    private readonly SemaphoreSlim _slots = new(Parallelism, Parallelism);
    private TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // Completes when any fetch ends, so whoever waits for the next due owner can look again.
    public Task FetchFinished => Volatile.Read(ref _finished).Task;

    public async Task<IReadOnlyList<long>> DueOwnersAsync(CancellationToken cancellationToken) => (await PlanAsync(cancellationToken)).Due;

    // Starts the fetch of every due owner not already fetching, a few at a time, and tells when the next one is due.
    public async Task<DateTime?> StartDueAsync(CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(cancellationToken);
        foreach (var owner in plan.Due.Where(o => !_running.ContainsKey(o)))
        {
            _ = FetchIsolatedAsync(owner, cancellationToken);
        }

        return plan.NextAt;
    }

    private async Task<(List<long> Due, DateTime? NextAt)> PlanAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var owners = await db.Owners.AsNoTracking().Where(o => o.IsActive)
            .Select(o => new
            {
                o.CorporationId,
                o.NotificationsSync.LastAttemptAt,
                o.NotificationsCacheSeconds,
                Expiries = o.Characters.Where(c => c.IsEnabled).Select(c => c.NotificationsCacheExpiresAt).ToList(),
            })
            .ToListAsync(cancellationToken);
        var dueAt = owners.Select(o => (o.CorporationId, At: Later(DueAt(o.LastAttemptAt, o.Expiries, o.NotificationsCacheSeconds), o.CorporationId)))
            .Where(o => o.At is not null).ToList();
        var later = dueAt.Where(o => o.At > now && !_running.ContainsKey(o.CorporationId)).Select(o => o.At).ToList();
        return (dueAt.Where(o => o.At <= now).Select(o => o.CorporationId).ToList(), later.Count == 0 ? null : later.Min());
    }

    private DateTime? Later(DateTime? dueAt, long ownerId) =>
        dueAt is { } at && _crashed.TryGetValue(ownerId, out var crash) && crash.Until > at ? crash.Until : dueAt;

    // Due once a character's cache has expired and the owner's last fetch is at least cache / N ago.
    internal static DateTime? DueAt(DateTime? lastFetch, IReadOnlyCollection<DateTime?> characterCacheExpiries, double? cacheSeconds = null)
    {
        if (characterCacheExpiries.Count == 0)
        {
            return null;
        }

        var firstExpiry = characterCacheExpiries.Min(e => e ?? DateTime.MinValue);
        var cache = cacheSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : Owners.SyncCharacterPicker.CacheWindow(Owners.SyncKind.Notifications);
        var spaced = lastFetch is { } last ? last + (cache / characterCacheExpiries.Count) : DateTime.MinValue;
        return firstExpiry > spaced ? firstExpiry : spaced;
    }

    internal static bool IsDue(DateTime? lastFetch, IReadOnlyCollection<DateTime?> characterCacheExpiries, DateTime now, double? cacheSeconds = null) =>
        DueAt(lastFetch, characterCacheExpiries, cacheSeconds) <= now;

    public async Task FetchIsolatedAsync(long ownerId, CancellationToken cancellationToken)
    {
        if (!_running.TryAdd(ownerId, 0))
        {
            return;
        }

        try
        {
            await _slots.WaitAsync(cancellationToken);
            try
            {
                await fetcher.FetchAsync(ownerId, cancellationToken);
                _crashed.TryRemove(ownerId, out _);
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
}
