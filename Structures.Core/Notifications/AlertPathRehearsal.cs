using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Structures.Core.Data;
using Structures.Core.Discord;
using Structures.Core.Esi;
using Structures.Core.Esi.Models;
using Structures.Core.Eve;
using Structures.Core.Owners;
using Structures.Core.Structures;
using Structures.Core.Webhooks;

namespace Structures.Core.Notifications;

// The first alert after a start would pay for compiling the code and the database queries on its path: hundreds of
// milliseconds, in a burst for every owner at once. So before the first fetch, a stand-in owner with a stand-in
// character is planned for a fetch as the fetch loop plans it and loaded as a fetch loads it; one attack on its stand-in
// structure, read from an answer worded as ESI's (its cache noted on the character), is stored, forwarded to a stand-in
// webhook and queued, through the very code a fetch runs after ESI answers, and claimed from the queue as the
// dispatcher's round does, short of the post, inside a transaction that is then rolled back: nothing stays, nothing is
// posted, no board or metric hears of it.
public sealed class AlertPathRehearsal(
    IDbContextFactory<StructuresDbContext> contextFactory,
    NotificationFetchScheduler scheduler,
    NotificationFetcher fetcher,
    WebhookDispatcher dispatcher,
    TimeProvider clock,
    ILogger<AlertPathRehearsal> logger)
{
    // No EVE corporation, structure or character has a negative ID.
    internal const long StandInOwnerId = -1;
    internal const long StandInStructureId = -1;
    internal const string StandInStructureName = "Rehearsal Keepstar";

    private const string Attack = "StructureUnderAttack";

    // Shaped as ESI words an attack (link lists, the structure's ID given once and referred to again), so reading it
    // runs what reading a real one runs. IDs of 0 name nothing, so rendering it asks ESI for no name: nothing is
    // fetched or stored outside the rollback.
    private const string AttackText = "allianceID: 0\nallianceLinkData:\n- showinfo\n- 16159\n- 0\nallianceName: Stand-in\n"
        + "armorPercentage: 100.0\ncharID: 0\ncorpLinkData:\n- showinfo\n- 2\n- 0\ncorpName: Stand-in\nhullPercentage: 100.0\n"
        + "shieldPercentage: 4.704536686417284e-14\nsolarsystemID: 0\nstructureID: &id001 -1\nstructureShowInfoData:\n- showinfo\n"
        + "- 0\n- *id001\nstructureTypeID: 0\n";

    // ESI's answer carrying the attack, read as a fetch reads one: its shape and timestamp as ESI sends them.
    private static string EsiAnswer(DateTime now) => string.Create(CultureInfo.InvariantCulture,
        $$"""[{"notification_id":1,"type":"{{Attack}}","sender_id":0,"sender_type":"corporation","timestamp":"{{now:yyyy-MM-ddTHH:mm:ssZ}}","text":{{JsonSerializer.Serialize(AttackText)}},"is_read":false}]""");

    // What the path went through, or null when it failed (logged; it never stops the app).
    public async Task<RehearsedAlert?> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            var owner = new Owner { CorporationId = StandInOwnerId, CorporationName = "Rehearsal", CreatedAt = now };
            // Never used to call ESI: no fetch is started, the plan only says it is due.
            owner.Characters.Add(new OwnerCharacter { CharacterId = 0, CharacterName = "Rehearsal", OwnerHash = "", ProtectedRefreshToken = "", CreatedAt = now });
            var webhook = new Webhook
            {
                Name = "Rehearsal",
                Url = "https://discord.com/api/webhooks/0/rehearsal",
                NotificationTypes = Attack,
                CreatedAt = now,
                Owners = [owner],
            };
            var structure = new Structure
            {
                Id = StandInStructureId, OwnerId = StandInOwnerId, Kind = StructureKind.Upwell, Name = StandInStructureName, CreatedAt = now, LastUpdatedAt = now,
            };
            // A first attack also stores the names of who it mentions, as the stand-in's.
            var name = new EveEntity { Id = StandInOwnerId, Name = "Rehearsal", Category = "corporation", UpdatedAt = now };
            db.AddRange(owner, webhook, structure, name);
            await db.SaveChangesAsync(cancellationToken);

            var due = await scheduler.RehearsePlanAsync(db, cancellationToken);
            var loaded = await NotificationFetcher.LoadOwnerAsync(db, StandInOwnerId, cancellationToken);
            var fetched = JsonSerializer.Deserialize<List<EsiNotification>>(EsiAnswer(now), EsiClient.Json) ?? [];
            NotificationFetcher.NoteCache(loaded!, loaded!.Characters[0], now.AddMinutes(10), fresh: true, now, now);
            var added = await fetcher.StoreAndForwardAsync(db, loaded!, characterId: 0, fetched, now, announce: false, cancellationToken);
            var message = await dispatcher.RehearseRoundAsync(db, webhook.Id, cancellationToken);
            var body = message is null ? "" : DiscordWebhookClient.Body(message);
            await transaction.RollbackAsync(CancellationToken.None);
            return added is [{ Row.IsForwarded: true }] && body.Contains("embeds", StringComparison.OrdinalIgnoreCase)
                ? new RehearsedAlert(due.Contains(StandInOwnerId), message!)
                : null;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.RehearsalFailed(ex);
            return null;
        }
    }
}

// A rehearsal's outcome: whether the fetch loop's plan found the stand-in owner due, and the message its attack would
// have been posted as.
public sealed record RehearsedAlert(bool PlannedAsDue, DiscordMessage Message);
