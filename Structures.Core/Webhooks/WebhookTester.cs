using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Discord;

namespace Structures.Core.Webhooks;

// "Send test notification": posts straight to Discord, not through the queue, and returns Discord's own answer.
public sealed class WebhookTester(IDbContextFactory<StructuresDbContext> contextFactory, DiscordWebhookClient discord)
{
    public async Task<WebhookTestResult> SendTestAsync(int webhookId, string requestedBy, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var webhook = await db.Set<Webhook>().AsNoTracking().SingleOrDefaultAsync(w => w.Id == webhookId, cancellationToken);
        if (webhook is null)
        {
            return new WebhookTestResult(false, "There is no such webhook.");
        }

        var result = await discord.SendAsync(webhook.Url, new DiscordMessage
        {
            Username = "Structures",
            Content = $"Test notification for webhook **{DiscordMarkdown.Escape(webhook.Name)}**, sent by **{DiscordMarkdown.Escape(requestedBy)}** from Structures.",
        }, cancellationToken);
        return result.IsSent
            ? new WebhookTestResult(true, "OK: Discord accepted the test notification.")
            : new WebhookTestResult(false, result.Error ?? "Discord did not accept the test notification.");
    }
}

public sealed record WebhookTestResult(bool Ok, string Message);
