using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Structures.Core.Webhooks;

namespace Structures.Core.Data;

// Deletes what has outlived its retention age (RetentionOptions), so the database stops growing with time.
public sealed class RetentionSweep(
    IDbContextFactory<StructuresDbContext> contextFactory,
    IOptions<RetentionOptions> options,
    TimeProvider clock,
    ILogger<RetentionSweep> logger)
{
    public async Task<RetentionResult> SweepAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var ages = options.Value;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var payloadsBefore = now - ages.SentPayloads;
        var payloads = await db.QueuedMessages
            .Where(m => m.Status == QueuedMessageStatus.Sent && m.SentAt < payloadsBefore && m.Payload != "")
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Payload, ""), cancellationToken);
        var logBefore = now - ages.DeliveryLog;
        var sent = await db.QueuedMessages.Where(m => m.Status == QueuedMessageStatus.Sent && m.SentAt < logBefore).ExecuteDeleteAsync(cancellationToken);
        var deadBefore = now - ages.DeadLetters;
        var dead = await db.QueuedMessages
            .Where(m => m.Status == QueuedMessageStatus.DeadLettered && (m.ClaimedAt ?? m.CreatedAt) < deadBefore)
            .ExecuteDeleteAsync(cancellationToken);
        var notificationsBefore = now - ages.Notifications;
        var notifications = await db.Notifications
            .Where(n => n.Timestamp < notificationsBefore
                && !db.StructureTimers.Any(t => t.OwnerId == n.OwnerId && t.SourceNotificationId == n.NotificationId && t.EndsAt > now)
                && !db.QueuedMessages.Any(m => m.NotificationId == n.NotificationId
                    && (m.Status == QueuedMessageStatus.Queued || m.Status == QueuedMessageStatus.Sending)))
            .ExecuteDeleteAsync(cancellationToken);
        var noticesBefore = now - ages.AdminNotices;
        var notices = await db.AdminNotices.Where(n => n.CreatedAt < noticesBefore).ExecuteDeleteAsync(cancellationToken);
        var result = new RetentionResult(notifications, payloads, sent, dead, notices);
        logger.RetentionSwept(result.Notifications, result.SentPayloads, result.SentMessages, result.DeadLetters, result.AdminNotices);
        return result;
    }
}

public sealed record RetentionResult(int Notifications, int SentPayloads, int SentMessages, int DeadLetters, int AdminNotices);
