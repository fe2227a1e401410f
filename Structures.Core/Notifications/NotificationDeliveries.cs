using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;

namespace Structures.Core.Notifications;

// How notifications went out: one entry per webhook, however often they were sent there.
internal static class NotificationDeliveries
{
    public static async Task<Dictionary<long, IReadOnlyList<NotificationDelivery>>> ForAsync(StructuresDbContext db, IReadOnlyList<long> notificationIds, CancellationToken cancellationToken)
    {
        var ids = notificationIds.Select(id => (long?)id).ToList();
        var messages = await db.QueuedMessages.AsNoTracking().Where(m => ids.Contains(m.NotificationId))
            .Join(db.Webhooks, m => m.WebhookId, w => w.Id, (m, w) => new { NotificationId = m.NotificationId!.Value, m.Id, m.WebhookId, w.Name, m.Status, m.LastError, m.Attempts, m.IsResend })
            .ToListAsync(cancellationToken);
        return messages.GroupBy(m => m.NotificationId).ToDictionary(
            n => n.Key,
            n => (IReadOnlyList<NotificationDelivery>)[.. n.GroupBy(m => m.WebhookId).OrderBy(w => w.Min(m => m.Id)).Select(w =>
            {
                var latest = w.MaxBy(m => m.Id)!;
                return new NotificationDelivery(latest.Name, latest.Status, w.Count(), w.Count(m => m.IsResend), w.Sum(m => m.Attempts), latest.LastError);
            })]);
    }
}
