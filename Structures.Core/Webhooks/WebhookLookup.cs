using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Structures.Core.Data;
using Structures.Core.Discord;

namespace Structures.Core.Webhooks;

// Once at start, each active webhook is looked up in Discord, no message posted. The first alert then finds the
// connection to Discord open and the send path compiled, and a webhook deleted in Discord while the app was down is
// disabled, and admins told, now rather than when an alert needs it. Any other answer changes nothing.
public sealed class WebhookLookup(
    IDbContextFactory<StructuresDbContext> contextFactory,
    DiscordWebhookClient discord,
    TimeProvider clock,
    ILogger<WebhookLookup> logger)
{
    // A few at a time: enough connections for a burst on several webhooks, not one per webhook at once.
    private const int AtOnce = 4;

    // The names of the webhooks found deleted and disabled.
    public async Task<IReadOnlyList<string>> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var webhooks = await db.Webhooks.Where(w => w.IsActive).OrderBy(w => w.Id).ToListAsync(cancellationToken);
            var answers = new DiscordSendResult[webhooks.Count];
            await Parallel.ForAsync(0, webhooks.Count, new ParallelOptions { MaxDegreeOfParallelism = AtOnce, CancellationToken = cancellationToken },
                async (i, token) => answers[i] = await discord.LookUpAsync(webhooks[i].Url, token));
            var now = clock.GetUtcNow().UtcDateTime;
            var gone = webhooks.Where((_, i) => answers[i].Outcome == DiscordOutcome.UnknownWebhook).ToList();
            gone.ForEach(webhook => WebhookDispatcher.Disable(db, webhook, answers[webhooks.IndexOf(webhook)].Error!, now, logger));
            await db.SaveChangesAsync(cancellationToken);
            return [.. gone.Select(w => w.Name)];
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LookUpFailed(ex);
            return [];
        }
    }
}
