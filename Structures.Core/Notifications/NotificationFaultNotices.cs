using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Structures.Core.Data;
using Structures.Core.Notices;
using Structures.Core.Owners;

namespace Structures.Core.Notifications;

// Each failed notification is logged with its owner; admins hear of them without a flood: one notice per owner per hour, counting them and
// naming the latest. The count leads the notice's message, which is where the next failure reads it back from.
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

        var title = $"Notifications failed for {owner.CorporationName}";
        var since = now - Window;
        var notice = await db.AdminNotices.Where(n => n.OwnerId == owner.CorporationId && n.Title == title && n.CreatedAt > since)
            .OrderByDescending(n => n.Id).FirstOrDefaultAsync(cancellationToken);
        if (notice is null)
        {
            notice = new AdminNotice { CreatedAt = now, Level = NoticeLevel.Warning, Title = title, Message = "", OwnerId = owner.CorporationId };
            db.AdminNotices.Add(notice);
        }

        var count = CountIn(notice.Message) + failed.Count;
        var latest = failed[^1];
        notice.Message = $"{count} notification(s) of this owner could not be processed since {Eve.EveTimeText.Date(notice.CreatedAt)} EVE. "
            + $"The latest, {latest.Type} {latest.NotificationId}: {latest.ProcessingError}. They are kept and shown as failed on the "
            + "notifications page; the others went on.";
        notice.IsRead = false;
    }

    private static int CountIn(string message) =>
        int.TryParse(message.Split(' ', 2)[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : 0;
}
