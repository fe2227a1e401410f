using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Structures.Core.Data;
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
    IOptions<NotificationOptions> options,
    TimeProvider clock,
    ILogger<NotificationForwarder> logger)
{
    public async Task<int> ForwardAsync(long ownerId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var freshSince = now - options.Value.StaleAfter;
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
            if (targets.Count == 0 || NotificationWithholding.IsWithheld(context, owner, options.Value.ReportNpcAttacks))
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
                    var message = NotificationPings.Message(embed, context.Notification.Type, context.Info.Colour, webhook, context.Owner, options.Value.SetAvatar);
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
}
