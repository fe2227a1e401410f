using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Notices;
using Structures.Core.Owners;

namespace Structures.Core.Notifications;

// Alliance-level news held back because its alliance has no main owner is never silent: admins get one notice per
// alliance and type a day, naming what is withheld and how to release it. The withheld notifications stay pending, so
// a main chosen while they are fresh sends them.
internal static class MissingMainNotices
{
    private static readonly TimeSpan Window = TimeSpan.FromDays(1);

    public static async Task RaiseAsync(StructuresDbContext db, Owner owner, IReadOnlyList<Notification> withheld, DateTime now, CancellationToken cancellationToken)
    {
        if (withheld.Count == 0 || owner.AllianceId is not { } allianceId || await AllianceMains.HasMainAsync(db, allianceId, cancellationToken))
        {
            return;
        }

        var since = now - Window;
        foreach (var type in withheld.Select(n => n.Type).Distinct())
        {
            var notice = NewNotice.AllianceNewsWithheld(now, owner.CorporationId, owner.CorporationName, allianceId, owner.AllianceName, type);
            var title = notice.Title;
            if (await db.AdminNotices.AnyAsync(n => n.Title == title && n.CreatedAt > since, cancellationToken))
            {
                continue;
            }

            db.AdminNotices.Add(notice);
        }
    }
}
