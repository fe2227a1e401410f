using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Structures.Core.Data;
using Structures.Core.Discord;
using Structures.Core.Notifications.Payloads;
using Structures.Core.Notifications.Rendering;
using Structures.Core.Structures;
using Structures.Core.Webhooks;

namespace Structures.Core.Notifications;

// Decides where each new notification goes and writes it into those webhooks' outboxes, in one transaction,
// then wakes the dispatcher. Each notification is routed and rendered on its own: one that fails is marked so. Routing: the owner's active webhooks whose type list names the type exactly.
public sealed class NotificationForwarder(
    IDbContextFactory<StructuresDbContext> contextFactory,
    RenderContextBuilder contexts,
    WebhookOutbox outbox,
    IOptions<StructuresOptions> options,
    TimeProvider clock,
    ILogger<NotificationForwarder> logger)
{
    // NPC starter and school corporations count as players (aa-structures §3.7).
    private static readonly long[] StarterCorporations = [1000165, 1000166, 1000077, 1000044, 1000045, 1000167, 1000169, 1000168, 1000115, 1000172, 1000170, 1000171];

    public async Task<int> ForwardAsync(long ownerId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var freshSince = now - TimeSpan.FromHours(options.Value.HoursUntilStaleNotification);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var owner = await db.Owners.Include(o => o.Webhooks).SingleAsync(o => o.CorporationId == ownerId, cancellationToken);
        var pending = await db.Notifications
            .Where(n => n.OwnerId == ownerId && !n.IsForwarded && n.ParseError == null && n.ProcessingError == null && n.Timestamp >= freshSince)
            .OrderBy(n => n.Timestamp).ThenBy(n => n.NotificationId)
            .ToListAsync(cancellationToken);
        var structures = pending.Count == 0 ? [] : await db.Structures.AsNoTracking().Include(s => s.Webhooks)
            .Where(s => s.OwnerId == ownerId).ToListAsync(cancellationToken);
        var touched = new HashSet<int>();
        foreach (var context in await contexts.BuildAsync(db, owner, pending, cancellationToken))
        {
            touched.UnionWith(Forward(db, context, owner, structures));
        }

        await NotificationFaultNotices.RaiseAsync(db, owner, [.. pending.Where(n => n.ProcessingError is not null)], now, logger, cancellationToken);
        owner.ForwardingSync.Succeeded(now);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var webhookId in touched)
        {
            outbox.Signal(webhookId);
        }

        return pending.Count(n => n.IsForwarded);
    }

    // One notification routed, rendered and queued on its own: what it throws is stored on it, the messages it had
    // queued are taken back, and the owner's other notifications go on. Returns the webhooks it was queued for.
    private List<int> Forward(StructuresDbContext db, RenderContext context, Owners.Owner owner, IReadOnlyList<Structure> structures)
    {
        var stage = NotificationFault.Route;
        var queued = new List<QueuedMessage>();
        try
        {
            var targets = NotificationRoute.Webhooks(context, NotificationRoute.MatchStructure(context, structures), owner.Webhooks);
            if (targets.Count == 0 || Withheld(context, owner))
            {
                return [];
            }

            foreach (var language in targets.GroupBy(w => NotificationLanguage.Culture(w.Language, options.Value.DefaultLanguage)))
            {
                stage = NotificationFault.Render;
                var embed = NotificationRenderer.Embed(context, language.Key);
                foreach (var webhook in language)
                {
                    stage = NotificationFault.Render;
                    var message = Message(embed, context, webhook);
                    stage = NotificationFault.Enqueue;
                    queued.Add(outbox.Enqueue(db, webhook.Id, message, context.Notification.NotificationId));
                }
            }

            context.Notification.IsForwarded = true;
            return [.. queued.Select(q => q.WebhookId)];
        }
        catch (Exception ex)
        {
            foreach (var message in queued)
            {
                db.Entry(message).State = EntityState.Detached;
            }

            context.Notification.ProcessingError = NotificationFault.Describe(stage, ex);
            return [];
        }
    }

    // Alliance-level news is told once per alliance, by its main owner; NPC attacks only when wanted.
    private bool Withheld(RenderContext context, Owners.Owner owner)
    {
        if (context.Info.IsAllianceLevel && owner.AllianceId is not null && !owner.IsAllianceMain)
        {
            return true;
        }

        if (options.Value.ReportNpcAttacks)
        {
            return false;
        }

        var attacker = context.Notification.Type is "StructureUnderAttack" or "OrbitalAttacked" or "TowerAlertMsg" or "SkyhookUnderAttack" && context.Payload is Attack attack
            ? attack.Attacker.CorporationId ?? 0
            : 0;
        return attacker is >= 1_000_000 and < 2_000_000 && !StarterCorporations.Contains(attacker);
    }

    // Default pings follow the colour (danger @everyone, warning @here) unless the webhook overrides the type, and
    // need both the webhook and the owner to allow them. Role mentions of webhook and owner always go along, and
    // allowed_mentions names exactly what may ping.
    private DiscordMessage Message(DiscordEmbed embed, RenderContext context, Webhooks.Webhook webhook)
    {
        var byColour = context.Info.Colour switch
        {
            NotificationColour.Danger => "everyone",
            NotificationColour.Warning => "here",
            _ => "none",
        };
        var ping = webhook.PingFor(context.Notification.Type) ?? byColour;
        var allowed = webhook.HasDefaultPingsEnabled && context.Owner.HasDefaultPingsEnabled && ping is "everyone" or "here";
        var roles = webhook.RoleIds.Concat(context.Owner.PingRoleIds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct().ToList();
        var mentions = (allowed ? [$"@{ping}"] : new List<string>()).Concat(roles.Select(r => $"<@&{r}>")).ToList();
        return new DiscordMessage
        {
            Username = options.Value.NotificationSetAvatar ? "Notifications" : null,
            Content = mentions.Count == 0 ? null : string.Join(' ', mentions),
            Embeds = [embed],
            AllowedMentions = new DiscordAllowedMentions(allowed ? ["everyone"] : [], roles),
        };
    }
}
