using System.Collections.Concurrent;
using System.Text.Json;
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
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    ILogger<WebhookDispatcher> logger)
{
    private readonly ConcurrentDictionary<int, DateTime> _pausedUntil = new();

    private readonly ConcurrentDictionary<int, SemaphoreSlim> _gates = new();

    // Sends what can be sent now. Returns when to come back, or null when nothing is left to do. Whoever calls, one
    // drain per webhook runs at a time in this process: a second caller waits, then finds only what is left.
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
        while (true)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            if (_pausedUntil.TryGetValue(webhookId, out var paused) && paused > now)
            {
                return paused;
            }

            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var webhook = await db.Webhooks.SingleOrDefaultAsync(w => w.Id == webhookId, cancellationToken);
            if (webhook is null || !webhook.IsActive)
            {
                return null;
            }

            var batch = await OutboxBatch.NextAsync(db, webhookId, now, cancellationToken);
            if (batch.Count == 0)
            {
                return null;
            }

            if (batch[0].NextAttemptAt > now)
            {
                return batch[0].NextAttemptAt;
            }

            await ClaimAsync(db, webhook, batch, now, cancellationToken);
            // A stopping host lets a post in flight finish (Webhooks:Timeout bounds it) and records the answer, so
            // only a crash leaves a claim without a result.
            var result = await discord.SendAsync(webhook.Url, OutboxBatch.Combine(batch), CancellationToken.None);
            var comeBack = await RecordAsync(db, webhook, batch, result, now, cancellationToken);
            if (comeBack is not null || result.Outcome == DiscordOutcome.UnknownWebhook)
            {
                return comeBack;
            }
        }
    }

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
        StructuresDbContext db, Webhook webhook, List<QueuedMessage> batch, DiscordSendResult result, DateTime now, CancellationToken cancellationToken)
    {
        // Discord counts its reset from the moment it answered, not from when the post left: a pause counted from
        // before the round trip ends early and earns a 429.
        var answeredAt = clock.GetUtcNow().UtcDateTime;
        DateTime? comeBack = null;
        batch.ForEach(m => m.Status = QueuedMessageStatus.Queued);
        switch (result.Outcome)
        {
            case DiscordOutcome.Sent:
                batch.ForEach(m => (m.Status, m.SentAt, m.LastError) = (QueuedMessageStatus.Sent, now, null));
                if (result.Remaining == 0 && result.ResetAfter is { } reset)
                {
                    _pausedUntil[webhook.Id] = answeredAt + reset;
                }

                break;
            case DiscordOutcome.RateLimited:
                comeBack = answeredAt + (result.RetryAfter ?? TimeSpan.FromSeconds(1));
                _pausedUntil[webhook.Id] = comeBack.Value;
                break;
            case DiscordOutcome.Transient:
                comeBack = Postpone(batch, result.Error!, now);
                break;
            case DiscordOutcome.Rejected when batch.Count > 1:
                // One of several refused: send them one by one to find which.
                batch.ForEach(m => m.PackKey = $"single:{m.Id}");
                break;
            case DiscordOutcome.Rejected:
                batch.ForEach(m => (m.Status, m.LastError) = (QueuedMessageStatus.DeadLettered, result.Error));
                logger.MessageDeadLettered(webhook.Name, result.Error!);
                break;
            case DiscordOutcome.UnknownWebhook:
                Disable(db, webhook, result.Error!, now);
                break;
        }

        await CommitAnswerAsync(db, webhook, cancellationToken);
        return comeBack;
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
            catch (DbUpdateException exception) when (exception is not DbUpdateConcurrencyException
                && clock.GetUtcNow() - started < options.Value.AnswerCommitPatience && !cancellationToken.IsCancellationRequested)
            {
                var wait = DispatchBackOff.After(attempt, TimeSpan.FromSeconds(1));
                logger.AnswerCommitRetried(exception, webhook.Name, attempt, wait);
                await Task.Delay(wait, clock, cancellationToken);
            }
        }
    }

    private DateTime Postpone(List<QueuedMessage> batch, string error, DateTime now)
    {
        var attempts = batch.Max(m => m.Attempts) + 1;
        var delay = TimeSpan.FromTicks(options.Value.RetryBaseDelay.Ticks * (1L << Math.Min(attempts - 1, 10)));
        foreach (var message in batch)
        {
            message.Attempts = attempts;
            message.LastError = error;
            message.NextAttemptAt = now + delay;
            if (attempts >= options.Value.MaxAttempts)
            {
                message.Status = QueuedMessageStatus.DeadLettered;
                message.LastError = $"Gave up after {attempts} attempts: {error}";
            }
        }

        return now + delay;
    }

    private void Disable(StructuresDbContext db, Webhook webhook, string error, DateTime now)
    {
        webhook.IsActive = false;
        webhook.DisabledReason = error;
        db.AdminNotices.Add(new AdminNotice
        {
            CreatedAt = now,
            Level = NoticeLevel.Danger,
            Title = $"Webhook {webhook.Name} was disabled",
            Message = $"{error} Its queued messages are kept: correct the URL and enable it again to send them.",
        });
        logger.WebhookDisabled(webhook.Name, error);
    }

    public static DiscordMessage Read(QueuedMessage message) =>
        JsonSerializer.Deserialize<DiscordMessage>(message.Payload) ?? throw new InvalidOperationException($"Queued message {message.Id} has no payload.");

    public static string Write(DiscordMessage message) => JsonSerializer.Serialize(DiscordLimits.Clamp(message));
}
