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
    // Forwards what the owner has pending, read afresh: an admin's "send again", or a run that stopped half way.
    public async Task<int> ForwardAsync(long ownerId, CancellationToken cancellationToken)
    {
        var freshSince = clock.GetUtcNow().UtcDateTime - options.Value.StaleAfter;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var owner = await db.Owners.SingleAsync(o => o.CorporationId == ownerId, cancellationToken);
        var pending = await PendingNotifications.LoadAsync(db, ownerId, freshSince, [], cancellationToken);
        return await ForwardAsync(db, owner, pending, cancellationToken);
    }

    // Forwards the notifications among parsed that are not forwarded yet, from what their texts were read into, and
    // commits. Returns how many were forwarded.
    public async Task<int> ForwardAsync(StructuresDbContext db, Owners.Owner owner, IReadOnlyList<ParsedNotification> parsed, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var pending = parsed.Where(p => !p.Row.IsForwarded && p.Row.ProcessingError == null).ToList();
        // A text that made reading it throw is told as this notification's failure, as any later stage's would be.
        pending.Where(p => p.Fault is not null).ToList().ForEach(p => p.Row.ProcessingError = p.Fault);
        var understood = pending.Where(p => p.Payload is not null).ToList();
        var ownerEntry = db.Entry(owner).Collection(o => o.Webhooks);
        if (!ownerEntry.IsLoaded)
        {
            await ownerEntry.LoadAsync(cancellationToken);
        }

        var structures = understood.Count == 0 ? [] : await db.Structures.AsNoTracking().Include(s => s.Webhooks)
            .Where(s => s.OwnerId == owner.CorporationId).ToListAsync(cancellationToken);
        var touched = new HashSet<int>();
        var withheldForMain = new List<Notification>();
        foreach (var context in await contexts.BuildAsync(db, owner, understood, cancellationToken))
        {
            touched.UnionWith(Forward(db, context, owner, structures, withheldForMain));
        }

        await MissingMainNotices.RaiseAsync(db, owner, withheldForMain, now, cancellationToken);
        await NotificationFaultNotices.RaiseAsync(db, owner, [.. pending.Select(p => p.Row).Where(n => n.ProcessingError is not null)], now, logger, cancellationToken);
        owner.ForwardingSync.Succeeded(now);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var webhookId in touched)
        {
            outbox.Signal(webhookId);
        }

        return pending.Count(p => p.Row.IsForwarded);
    }

    // One notification routed, rendered and queued on its own: what it throws is stored on it, the messages it had
    // queued are taken back, and the owner's other notifications go on. Returns the webhooks it was queued for.
    private List<int> Forward(StructuresDbContext db, RenderContext context, Owners.Owner owner, IReadOnlyList<Structure> structures, List<Notification> withheldForMain)
    {
        var stage = NotificationFault.Route;
        var queued = new List<QueuedMessage>();
        try
        {
            var targets = NotificationRoute.Webhooks(context, NotificationRoute.MatchStructure(context, structures), owner.Webhooks);
            if (targets.Count == 0 || NotificationWithholding.IsWithheld(context, owner, options.Value.ReportNpcAttacks))
            {
                if (targets.Count > 0 && NotificationWithholding.AwaitsAllianceMain(context, owner))
                {
                    withheldForMain.Add(context.Notification);
                }

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
