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
        var spaced = lastFetch is { } last ? last + Period(characterCacheExpiries.Count, cacheSeconds) : DateTime.MinValue;
        return firstExpiry > spaced ? firstExpiry : spaced;
    }

    // How often an owner is due: its cache window (ESI's, or the usual one before ESI said) shared among its characters.
    public static TimeSpan Period(int characters, double? cacheSeconds) =>
        (cacheSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : SyncCharacterPicker.CacheWindow(SyncKind.Notifications)) / Math.Max(1, characters);

    public static bool IsDue(DateTime? lastFetch, IReadOnlyCollection<DateTime?> characterCacheExpiries, DateTime now, double? cacheSeconds = null) =>
        At(lastFetch, characterCacheExpiries, cacheSeconds) <= now;

    // When a character's cached answer really expires. ESI's Expires carries whole seconds, cut from an expiry that
    // lies up to a second later: asked at Expires, ESI mostly still has the old answer (a 304), and the owner's turn is
    // spent on nothing. A fresh answer was made as it was asked for, so its cache ends a whole number of seconds after
    // that moment, never before Expires. Others (a 304, an error) keep Expires as sent.
    public static DateTime? CacheExpiry(DateTime? expires, DateTime answeredAt, bool fresh) =>
        fresh && expires is { } at ? answeredAt.AddSeconds(Math.Ceiling((at - answeredAt).TotalSeconds)) : expires;

    // An owner whose last fetch crashed waits out its back-off even when its cache says it is due sooner.
    public static DateTime? AfterCrash(DateTime? dueAt, DateTime? crashedUntil) =>
        dueAt is { } at && crashedUntil > at ? crashedUntil : dueAt;
}
