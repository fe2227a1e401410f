using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Structures.Core.Data;
using Structures.Core.Discord;
using Structures.Core.Notices;

namespace Structures.Core.Webhooks;

// Drains one webhook's outbox in order, as fast as Discord's rate-limit headers allow and never faster, so a burst
// earns no 429. Passing failures wait with back-off; Discord refusing a message dead-letters it with the reason;
// a deleted webhook is disabled, its messages kept, and admins told.
public sealed class WebhookDispatcher(
    IDbContextFactory<StructuresDbContext> contextFactory,
    DiscordWebhookClient discord,
    WebhookDispatchLease lease,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    ILogger<WebhookDispatcher> logger,
    Telemetry.StructuresTelemetry telemetry)
{
    private readonly ConcurrentDictionary<int, SemaphoreSlim> _gates = new();

    // Sends what can be sent now. Returns when to come back, or null when nothing is left to do. Whoever calls, one
    // drain per webhook runs at a time in this process (a second caller waits, then finds only what is left) and in
    // the cluster (an instance that holds no lease on the webhook posts nothing and is told when to ask again).
    public async Task<DateTime?> DrainAsync(int webhookId, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(webhookId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await DrainAloneAsync(webhookId, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<DateTime?> DrainAloneAsync(int webhookId, CancellationToken cancellationToken)
    {
        // Each payload is read once in this drain, however many of its rounds look at it.
        var payloads = new Dictionary<long, DiscordMessage>();
        while (true)
        {
            if (!await lease.TryHoldAsync(webhookId, cancellationToken))
            {
                return await lease.RetryAtAsync(webhookId, cancellationToken);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var webhook = await ReadWebhookAsync(db, webhookId, cancellationToken);
            if (webhook is null || !webhook.IsActive)
            {
                await lease.ReleaseAsync(webhookId, cancellationToken);
                return null;
            }

            // Discord's rate limit is the webhook's, whichever instance posted last.
            if (webhook.PausedUntil > now)
            {
                return webhook.PausedUntil;
            }

            var round = await OutboxBatch.NextAsync(db, webhookId, now, payloads, cancellationToken);
            var batch = round.Messages;
            if (batch.Count == 0)
            {
                // A message another instance queued while this one held the lease is seen here, or by that instance
                // when it asks again: given up first, looked at after.
                await lease.ReleaseAsync(webhookId, cancellationToken);
                if (await OutboxBatch.AnyWaitingAsync(db, webhookId, cancellationToken))
                {
                    continue;
                }

                return null;
            }

            if (batch[0].NextAttemptAt > now)
            {
                return batch[0].NextAttemptAt;
            }

            using var post = Telemetry.DeliveryTrace.StartPost(webhook, batch);
            await ClaimAsync(db, webhook, batch, now, cancellationToken);
            // A stopping host lets a post in flight finish (Webhooks:Timeout bounds it) and records the answer, so
            // only a crash leaves a claim without a result.
            var message = OutboxBatch.Combine(batch, payloads);
            var result = batch[0].StandingSlot is { } slot
                ? await StandingMessagePost.SendAsync(db, discord, webhook, slot, message, cancellationToken)
                : await discord.SendAsync(webhook.Url, message, CancellationToken.None);
            var answeredAt = clock.GetUtcNow().UtcDateTime;
            var comeBack = await RecordAsync(db, webhook, batch, result, now, answeredAt, cancellationToken);
            telemetry.Answered(webhook, batch, answeredAt);
            if (comeBack is not null || result.Outcome == DiscordOutcome.UnknownWebhook)
            {
                return comeBack;
            }

            // Nothing else was waiting when the batch was read: rather than a round to find the queue empty, the lease is
            // given up and the queue looked at once. What this instance queued since has signalled its worker anyway.
            if (round.TookAll)
            {
                await lease.ReleaseAsync(webhookId, cancellationToken);
                if (!await OutboxBatch.AnyWaitingAsync(db, webhookId, cancellationToken))
                {
                    return null;
                }
            }
        }
    }

    // A round's work on the webhook's queue short of the post, whose answer is taken as sent: the webhook and its batch
    // read, claimed, combined into the message Discord would get, and the answer recorded. For AlertPathRehearsal,
    // inside a transaction it rolls back, so no lease is taken and no metric hears of it.
    internal async Task<DiscordMessage?> RehearseRoundAsync(StructuresDbContext db, int webhookId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var payloads = new Dictionary<long, DiscordMessage>();
        var webhook = await ReadWebhookAsync(db, webhookId, cancellationToken);
        var batch = webhook is null ? [] : (await OutboxBatch.NextAsync(db, webhookId, now, payloads, cancellationToken)).Messages;
        if (webhook is null || batch.Count == 0)
        {
            return null;
        }

        await ClaimAsync(db, webhook, batch, now, cancellationToken);
        var message = OutboxBatch.Combine(batch, payloads);
        await RecordAsync(db, webhook, batch, new DiscordSendResult(DiscordOutcome.Sent, MessageId: "0"), now, now, cancellationToken);
        await OutboxBatch.AnyWaitingAsync(db, webhookId, cancellationToken);
        return message;
    }

    private static Task<Webhook?> ReadWebhookAsync(StructuresDbContext db, int webhookId, CancellationToken cancellationToken) =>
        db.Webhooks.SingleOrDefaultAsync(w => w.Id == webhookId, cancellationToken);

    // The claim is committed before Discord is called. A claim found here has no result: the process stopped (or the
    // database failed) after it, so Discord may have shown the post. It is sent again: delivery is at least once.
    private async Task ClaimAsync(StructuresDbContext db, Webhook webhook, List<QueuedMessage> batch, DateTime now, CancellationToken cancellationToken)
    {
        if (batch.FirstOrDefault(m => m.Status == QueuedMessageStatus.Sending) is { ClaimedAt: var claimedAt })
        {
            logger.ClaimResent(webhook.Name, batch.Count(m => m.Status == QueuedMessageStatus.Sending), claimedAt);
        }

        var claim = Guid.NewGuid();
        batch.ForEach(m => (m.Status, m.ClaimedAt, m.ClaimId) = (QueuedMessageStatus.Sending, now, claim));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<DateTime?> RecordAsync(
        StructuresDbContext db, Webhook webhook, List<QueuedMessage> batch, DiscordSendResult result, DateTime now, DateTime answeredAt,
        CancellationToken cancellationToken)
    {
        var step = DispatchAnswer.Apply(batch, result, now, answeredAt, options.Value);
        if (step.PausedUntil is { } pausedUntil)
        {
            webhook.PausedUntil = pausedUntil;
        }

        if (step.DeadLettered)
        {
            logger.MessageDeadLettered(webhook.Name, result.Error!);
        }

        if (result.Outcome == DiscordOutcome.Sent && batch.Any(m => m.IsTest))
        {
            webhook.TestSucceededAt = now;
        }

        if (step.WebhookGone)
        {
            Disable(db, webhook, result.Error!, now, logger);
        }

        await CommitAnswerAsync(db, webhook, cancellationToken);
        return step.ComeBack;
    }

    // Discord has answered: unless that answer reaches the database, the claim is sent again and Discord shows the
    // post twice. A locked or failing database is waited out, this webhook's gate held, for up to
    // Webhooks:AnswerCommitPatience; a stopping host or a database down for longer gives up and leaves the claim.
    private async Task CommitAnswerAsync(StructuresDbContext db, Webhook webhook, CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.SaveChangesAsync(CancellationToken.None);
                return;
            }
            catch (Exception exception) when (DatabaseFailure.Is(exception)
                && clock.GetUtcNow() - started < options.Value.AnswerCommitPatience && !cancellationToken.IsCancellationRequested)
            {
                var wait = DispatchBackOff.After(attempt, TimeSpan.FromSeconds(1));
                logger.AnswerCommitRetried(exception, webhook.Name, attempt, wait);
                await Task.Delay(wait, clock, cancellationToken);
            }
        }
    }

    internal static void Disable(StructuresDbContext db, Webhook webhook, string error, DateTime now, ILogger logger)
    {
        webhook.IsActive = false;
        webhook.DisabledReason = error;
        db.AdminNotices.Add(NewNotice.WebhookDisabled(now, webhook.Name, error));
        logger.WebhookDisabled(webhook.Name, error);
    }
}
