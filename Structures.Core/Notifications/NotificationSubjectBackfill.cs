using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;

namespace Structures.Core.Notifications;

// Notifications stored before they recorded their structure get it once, when the migration that added the column
// is applied (DatabaseMigrator), by the same rules as new ones (NotificationSubjects).
public static class NotificationSubjectBackfill
{
    private const int BatchSize = 500;

    public static bool IsDue(IEnumerable<string> pendingMigrations) =>
        pendingMigrations.Any(m => m.EndsWith("_NotificationStructureId", StringComparison.Ordinal));

    // How many notifications were found to be about one of their owner's structures.
    public static async Task<int> AssignAsync(StructuresDbContext db, CancellationToken cancellationToken)
    {
        var owners = await db.Notifications.Where(n => n.StructureId == null).Select(n => n.OwnerId).Distinct().ToListAsync(cancellationToken);
        var assigned = 0;
        foreach (var owner in owners)
        {
            var after = 0;
            while (true)
            {
                var rows = await db.Notifications.Where(n => n.OwnerId == owner && n.StructureId == null && n.Id > after)
                    .OrderBy(n => n.Id).Take(BatchSize).ToListAsync(cancellationToken);
                if (rows.Count == 0)
                {
                    break;
                }

                await NotificationSubjects.AssignAsync(db, owner, [.. rows.Select(ParsedNotification.Parse)], cancellationToken);
                assigned += rows.Count(r => r.StructureId is not null);
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                after = rows[^1].Id;
            }
        }

        return assigned;
    }
}
