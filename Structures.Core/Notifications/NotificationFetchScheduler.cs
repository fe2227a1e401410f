using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Structures.Core.Data;

namespace Structures.Core.Notifications;

// With N sync characters an owner's notifications are fetched every cache / N, each time by a character whose
// ESI cache has expired: the fastest ESI allows without asking for anything before it expires (aa-structures §2.3).
public sealed class NotificationFetchScheduler(
    IDbContextFactory<StructuresDbContext> contextFactory,
    NotificationFetcher fetcher,
    TimeProvider clock,
    ILogger<NotificationFetchScheduler> logger)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, byte> _running = new();

    public async Task<IReadOnlyList<long>> DueOwnersAsync(CancellationToken cancellationToken)
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
        return owners.Where(o => IsDue(o.LastAttemptAt, o.Expiries, now, o.NotificationsCacheSeconds)).Select(o => o.CorporationId).ToList();
    }

    // Due when a character's cache has expired and the owner's last fetch is at least cache / N ago.
    internal static bool IsDue(DateTime? lastFetch, IReadOnlyCollection<DateTime?> characterCacheExpiries, DateTime now, double? cacheSeconds = null)
    {
        if (characterCacheExpiries.Count == 0 || !characterCacheExpiries.Any(e => e is null || e <= now))
        {
            return false;
        }

        var cache = cacheSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : Owners.SyncCharacterPicker.CacheWindow(Owners.SyncKind.Notifications);
        var spacing = cache / characterCacheExpiries.Count;
        return lastFetch is null || now - lastFetch >= spacing;
    }

    public async Task<int> FetchDueAsync(CancellationToken cancellationToken)
    {
        var due = await DueOwnersAsync(cancellationToken);
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken },
            async (ownerId, token) => await FetchIsolatedAsync(ownerId, token));
        return due.Count;
    }

    public async Task FetchIsolatedAsync(long ownerId, CancellationToken cancellationToken)
    {
        if (!_running.TryAdd(ownerId, 0))
        {
            return;
        }

        try
        {
            await fetcher.FetchAsync(ownerId, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.NotificationFetchCrashed(ex, ownerId);
        }
        finally
        {
            _running.TryRemove(ownerId, out _);
        }
    }
}
