using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Structures.Core.Data;
using Structures.Core.Esi.Models;
using Structures.Core.Owners;
using Structures.Core.Webhooks;

namespace Structures.Core.Notifications;

// The first alert after a start would pay for compiling the code and the database queries on its path: hundreds of
// milliseconds, in a burst for every owner at once. So before the first fetch, one attack on a stand-in owner is stored,
// forwarded to a stand-in webhook and queued, through the very code a fetch runs after ESI answers, and claimed from the
// queue as the dispatcher's round does, short of the post, inside a transaction that is then rolled back: nothing stays,
// nothing is posted, no board or metric hears of it.
public sealed class AlertPathRehearsal(
    IDbContextFactory<StructuresDbContext> contextFactory,
    NotificationFetcher fetcher,
    WebhookDispatcher dispatcher,
    TimeProvider clock,
    ILogger<AlertPathRehearsal> logger)
{
    // No EVE corporation has a negative ID.
    internal const long StandInOwnerId = -1;

    private const string Attack = "StructureUnderAttack";

    // IDs of 0 name nothing, so rendering it asks ESI for no name: nothing is fetched or stored outside the rollback.
    private const string AttackText = "structureID: 0\nstructureTypeID: 0\nallianceName: Stand-in\ncorpName: Stand-in\n"
        + "shieldPercentage: 50.0\narmorPercentage: 100.0\nhullPercentage: 100.0\n";

    // Whether the attack went all the way to a message ready to post; a failure is logged and never stops the app.
    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            var owner = new Owner { CorporationId = StandInOwnerId, CorporationName = "Rehearsal", CreatedAt = now };
            var webhook = new Webhook
            {
                Name = "Rehearsal",
                Url = "https://discord.com/api/webhooks/0/rehearsal",
                NotificationTypes = Attack,
                CreatedAt = now,
                Owners = [owner],
            };
            db.AddRange(owner, webhook);
            await db.SaveChangesAsync(cancellationToken);

            var attack = new EsiNotification(1, Attack, 0, "corporation", now, AttackText, false);
            var added = await fetcher.StoreAndForwardAsync(db, owner, characterId: 0, [attack], now, announce: false, cancellationToken);
            var message = await dispatcher.RehearseRoundAsync(db, webhook.Id, cancellationToken);
            var body = message is null ? "" : Discord.DiscordWebhookClient.Body(message);
            await transaction.RollbackAsync(cancellationToken);
            return added is [{ Row.IsForwarded: true }] && body.Contains("embeds", StringComparison.OrdinalIgnoreCase);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.RehearsalFailed(ex);
            return false;
        }
    }
}
