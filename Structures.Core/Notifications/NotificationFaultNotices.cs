using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Structures.Core.Data;
using Structures.Core.Notices;
using Structures.Core.Owners;

namespace Structures.Core.Notifications;

// Each failed notification is logged with its owner; admins hear of them without a flood: one notice per owner per hour, counting them and
// naming the latest. The count is kept in the notice's arguments, where the next failure reads it back from.
internal static class NotificationFaultNotices
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    public static async Task RaiseAsync(StructuresDbContext db, Owner owner, IReadOnlyList<Notification> failed, DateTime now, ILogger logger, CancellationToken cancellationToken)
    {
        if (failed.Count == 0)
        {
            return;
        }

        foreach (var notification in failed)
        {
            logger.NotificationFailed(owner.CorporationName, notification.NotificationId, notification.Type, notification.ProcessingError ?? "");
        }

        var title = NoticeLanguage.English.Say("NotificationsFailed.Title", owner.CorporationName);
        var since = now - Window;
        var notice = await db.AdminNotices.Where(n => n.OwnerId == owner.CorporationId && n.Title == title && n.CreatedAt > since)
            .OrderByDescending(n => n.Id).FirstOrDefaultAsync(cancellationToken);
        if (notice is null)
        {
            notice = NewNotice.NotificationsFailed(now, owner.CorporationId, owner.CorporationName);
            db.AdminNotices.Add(notice);
        }

        var latest = failed[^1];
        NewNotice.CountFailures(notice, CountIn(notice) + failed.Count, latest.Type, latest.NotificationId, latest.ProcessingError ?? "");
        notice.IsRead = false;
    }

    // Counted in the notice's arguments; a notice from before kinds existed led its message with the count.
    private static int CountIn(AdminNotice notice) =>
        int.TryParse(AdminNoticeText.Read(notice.Arguments)?.GetValueOrDefault("count") ?? notice.Message.Split(' ', 2)[0],
            NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : 0;
}
