using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;

namespace Structures.Core.Notifications;

// An owner's readable notifications that processing is not done with: fresh, and not yet forwarded or not yet timed,
// oldest first. Each is read once here, unless the caller has read it already (the ones it has just stored).
internal static class PendingNotifications
{
    public static async Task<List<ParsedNotification>> LoadAsync(
        StructuresDbContext db, long ownerId, DateTime freshSince, IReadOnlyList<ParsedNotification> alreadyParsed, CancellationToken cancellationToken)
    {
        var rows = await db.Notifications
            .Where(n => n.OwnerId == ownerId && n.ParseError == null && n.Timestamp >= freshSince
                && ((!n.IsForwarded && n.ProcessingError == null) || !n.IsTimerAdded))
            .OrderBy(n => n.Timestamp).ThenBy(n => n.NotificationId)
            .ToListAsync(cancellationToken);
        // Rows the context tracks already come back as the same objects: those keep the reading their caller made.
        var parsed = alreadyParsed.ToDictionary(p => p.Row);
        return [.. rows.Select(row => parsed.TryGetValue(row, out var known) ? known : ParsedNotification.Parse(row))];
    }
}
