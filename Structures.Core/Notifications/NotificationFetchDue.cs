using Structures.Core.Owners;

namespace Structures.Core.Notifications;

// When an owner's notifications are due. With N sync characters they are fetched every cache / N, each time by a
// character whose ESI cache has expired: the fastest ESI allows without asking for anything before it expires
// (aa-structures §2.3).
public static class NotificationFetchDue
{
    // Due once a character's cache has expired and the owner's last fetch is at least cache / N ago; never without
    // a character.
    public static DateTime? At(DateTime? lastFetch, IReadOnlyCollection<DateTime?> characterCacheExpiries, double? cacheSeconds = null)
    {
        if (characterCacheExpiries.Count == 0)
        {
            return null;
        }

        var firstExpiry = characterCacheExpiries.Min(e => e ?? DateTime.MinValue);
        var cache = cacheSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : SyncCharacterPicker.CacheWindow(SyncKind.Notifications);
        var spaced = lastFetch is { } last ? last + (cache / characterCacheExpiries.Count) : DateTime.MinValue;
        return firstExpiry > spaced ? firstExpiry : spaced;
    }

    public static bool IsDue(DateTime? lastFetch, IReadOnlyCollection<DateTime?> characterCacheExpiries, DateTime now, double? cacheSeconds = null) =>
        At(lastFetch, characterCacheExpiries, cacheSeconds) <= now;

    // An owner whose last fetch crashed waits out its back-off even when its cache says it is due sooner.
    public static DateTime? AfterCrash(DateTime? dueAt, DateTime? crashedUntil) =>
        dueAt is { } at && crashedUntil > at ? crashedUntil : dueAt;
}
