using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Notifications;

namespace Structures.Core.Structures.Board;

// What each stored notification says about its structure's state (OverlayFact), read once. A stored notification
// never changes, and every open board reads the overlay again after each change: the text of a notification seen
// before is neither read nor parsed again. Kept: the notifications the latest reads asked for, up to a bound.
public sealed class OverlayFactCache
{
    private const int Keep = 4096;
    private Dictionary<StoredNotification, OverlayFact?> _facts = [];

    public async Task<IReadOnlyDictionary<StoredNotification, OverlayFact?>> OfAsync(
        StructuresDbContext db, IReadOnlyCollection<StoredNotification> stored, CancellationToken cancellationToken)
    {
        var known = Volatile.Read(ref _facts);
        var missing = stored.Where(n => !known.ContainsKey(n)).Select(n => n.Id).ToList();
        var texts = missing.Count == 0 ? [] : await db.Notifications.AsNoTracking().Where(n => missing.Contains(n.Id))
            .ToDictionaryAsync(n => n.Id, n => n.Text, cancellationToken);
        var facts = new Dictionary<StoredNotification, OverlayFact?>(stored.Count);
        foreach (var notification in stored)
        {
            if (known.TryGetValue(notification, out var fact))
            {
                facts[notification] = fact;
            }
            else if (texts.TryGetValue(notification.Id, out var text))
            {
                facts[notification] = notification.Fact(text);
            }
        }

        // Boards of other viewers read other notifications: theirs stay too, within the bound.
        foreach (var (notification, fact) in known.Where(k => !facts.ContainsKey(k.Key)).Take(Math.Max(0, Keep - facts.Count)))
        {
            facts[notification] = fact;
        }

        Volatile.Write(ref _facts, facts);
        return facts;
    }
}

// A stored notification about a structure, without its text. Id is the row's own, so a notification deleted and
// stored again is read afresh.
public sealed record StoredNotification(int Id, long OwnerId, long NotificationId, long StructureId, string Type, DateTime Timestamp)
{
    public OverlayFact? Fact(string text) => OverlayFact.From(Type, Timestamp, ParsedNotification.Parse(new Notification
    {
        OwnerId = OwnerId, NotificationId = NotificationId, StructureId = StructureId, Type = Type, Timestamp = Timestamp, Text = text,
        SenderType = "", ContentKey = "",
    }).Payload);
}
