using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Structures.Core.Data;
using Structures.Core.Discord;
using Structures.Core.Notifications;
using Structures.Core.Notifications.Rendering;

namespace Structures.Core.Webhooks;

// "Send test notification": a sample notification rendered as the webhook's real ones are, with its pings and role
// mentions, marked as a test, queued in its outbox and sent at once behind what waits there. Returns Discord's answer.
public sealed class WebhookTester(
    IDbContextFactory<StructuresDbContext> contextFactory,
    RenderContextBuilder contexts,
    WebhookOutbox outbox,
    WebhookDispatcher dispatcher,
    IOptions<NotificationOptions> options,
    IStringLocalizer<WebhookAdminWords> words,
    TimeProvider clock)
{
    public async Task<WebhookTestResult> SendTestAsync(int webhookId, string requestedBy, CancellationToken cancellationToken)
    {
        var queued = await QueueAsync(webhookId, requestedBy, cancellationToken);
        if (queued.Refusal is { } refusal)
        {
            return refusal;
        }

        await dispatcher.DrainAsync(webhookId, cancellationToken);
        return await OutcomeAsync(webhookId, queued.MessageId, cancellationToken);
    }

    private async Task<(WebhookTestResult? Refusal, long MessageId)> QueueAsync(int webhookId, string requestedBy, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var webhook = await db.Webhooks.AsNoTracking().Include(w => w.Owners).SingleOrDefaultAsync(w => w.Id == webhookId, cancellationToken);
        if (webhook is null)
        {
            return (new WebhookTestResult(false, words["TestNoWebhook"]), 0);
        }

        if (!webhook.IsActive)
        {
            return (new WebhookTestResult(false, webhook.DisabledReason is { } reason
                ? words["TestDisabled", reason]
                : words["TestInactive"]), 0);
        }

        var owner = await WebhookSample.OwnerAsync(db, webhook, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var sample = await WebhookSample.NotificationAsync(db, owner, WebhookSample.TypeFor(webhook), now, cancellationToken);
        var context = (await contexts.BuildAsync(db, owner, [sample], cancellationToken)).Single();
        var culture = NotificationLanguage.Culture(webhook.Language, options.Value.DefaultLanguage);
        var rendered = NotificationRenderer.Embed(context, culture);
        var embed = NotificationLanguage.Render(culture, () => rendered with
        {
            Title = context.Say("Test.Title", rendered.Title ?? ""),
            Footer = new DiscordEmbedFooter(context.Say("Test.Footer", requestedBy), rendered.Footer?.IconUrl),
        });
        var message = NotificationPings.Message(embed, sample.Type, context.Info.Colour, webhook, owner, options.Value.SetAvatar);
        var queued = outbox.Enqueue(db, webhook.Id, message);
        (queued.IsTest, queued.PackKey) = (true, "single:test");
        await db.SaveChangesAsync(cancellationToken);
        return (null, queued.Id);
    }

    // Sent, refused, the webhook found gone (the test is then dead-lettered: it is no news later), or still waiting.
    private async Task<WebhookTestResult> OutcomeAsync(int webhookId, long messageId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var message = await db.QueuedMessages.SingleAsync(m => m.Id == messageId, cancellationToken);
        var webhook = await db.Webhooks.AsNoTracking().SingleAsync(w => w.Id == webhookId, cancellationToken);
        switch (message.Status)
        {
            case QueuedMessageStatus.Sent:
                return new WebhookTestResult(true, words["TestOk"]);
            case QueuedMessageStatus.DeadLettered:
                return new WebhookTestResult(false, message.LastError ?? words["TestRefused"]);
            case QueuedMessageStatus.Queued when !webhook.IsActive:
                (message.Status, message.LastError) = (QueuedMessageStatus.DeadLettered, webhook.DisabledReason);
                await db.SaveChangesAsync(cancellationToken);
                return new WebhookTestResult(false, webhook.DisabledReason ?? words["TestWebhookDisabled"]);
            default:
                outbox.Signal(webhookId);
                return new WebhookTestResult(false, words["TestQueued", message.LastError ?? words["TestWait"]]);
        }
    }
}

public sealed record WebhookTestResult(bool Ok, string Message);
