using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Discord;

namespace Structures.Core.Webhooks;

// Delivers a queued edit of a standing message: Discord's edit-webhook-message route when the message is known,
// else a new post whose ID is kept. A message someone deleted in Discord (Unknown Message) is posted anew. The ID is
// written into the caller's context and committed with Discord's answer.
internal static class StandingMessagePost
{
    public static async Task<DiscordSendResult> SendAsync(
        StructuresDbContext db, DiscordWebhookClient discord, Webhook webhook, string slot, DiscordMessage message, CancellationToken cancellationToken)
    {
        var standing = await db.Set<StandingMessage>().SingleOrDefaultAsync(m => m.WebhookId == webhook.Id && m.Slot == slot, cancellationToken);
        if (standing?.DiscordMessageId is { } messageId)
        {
            var edited = await discord.EditAsync(webhook.Url, messageId, message, CancellationToken.None);
            if (edited.Outcome != DiscordOutcome.UnknownMessage)
            {
                return edited;
            }

            standing.DiscordMessageId = null;
        }

        var posted = await discord.SendAsync(webhook.Url, message, CancellationToken.None);
        if (posted.IsSent && standing is not null)
        {
            standing.DiscordMessageId = posted.MessageId;
        }

        return posted;
    }
}
