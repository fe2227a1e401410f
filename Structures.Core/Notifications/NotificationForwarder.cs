using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Structures.Core.Data;
using Structures.Core.Discord;
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
    // commits. Returns how many were forwarded. Unsignalled, the dispatcher finds the messages on its next sweep.
    public async Task<int> ForwardAsync(
        StructuresDbContext db, Owners.Owner owner, IReadOnlyList<ParsedNotification> parsed, CancellationToken cancellationToken, bool signal = true)
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

        var structures = await NotificationStructures.LoadAsync(db, owner.CorporationId, understood.Select(p => p.Payload!.Place), cancellationToken);
        var touched = new HashSet<int>();
        var withheldForMain = new List<Notification>();
        foreach (var context in await contexts.BuildAsync(db, owner, understood, structures, cancellationToken))
        {
            touched.UnionWith(Forward(db, context, owner, structures, withheldForMain));
        }

        await MissingMainNotices.RaiseAsync(db, owner, withheldForMain, now, cancellationToken);
        await NotificationFaultNotices.RaiseAsync(db, owner, [.. pending.Select(p => p.Row).Where(n => n.ProcessingError is not null)], now, logger, cancellationToken);
        owner.ForwardingSync.Succeeded(now);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var webhookId in signal ? touched : [])
        {
            outbox.Signal(webhookId);
        }

        return pending.Count(p => p.Row.IsForwarded);
    }

    // An admin's "send again" of one notification: routed as if it were new, its title marked as resent, with or
    // without its pings. Commits, and returns how many webhooks it was queued for.
    public async Task<int> ResendAsync(StructuresDbContext db, Owners.Owner owner, ParsedNotification parsed, bool withPings, CancellationToken cancellationToken)
    {
        var (context, structures) = await PrepareAsync(db, owner, parsed, cancellationToken);
        var touched = context is null ? [] : Forward(db, context, owner, structures, [], new Resend(withPings));
        await db.SaveChangesAsync(cancellationToken);
        foreach (var webhookId in touched)
        {
            outbox.Signal(webhookId);
        }

        return touched.Count;
    }

    // Where one notification would go now, and the pings each message would carry, without sending anything.
    public async Task<IReadOnlyList<ResendTarget>> PlanAsync(StructuresDbContext db, Owners.Owner owner, ParsedNotification parsed, CancellationToken cancellationToken)
    {
        var (context, structures) = await PrepareAsync(db, owner, parsed, cancellationToken);
        return context is null
            ? []
            : [.. Targets(context, owner, structures, []).Select(w => new ResendTarget(w.Name, Message(new DiscordEmbed(), context, w, owner, null).Content))];
    }

    private async Task<(RenderContext? Context, List<Structure> Structures)> PrepareAsync(
        StructuresDbContext db, Owners.Owner owner, ParsedNotification parsed, CancellationToken cancellationToken)
    {
        await db.Entry(owner).Collection(o => o.Webhooks).LoadAsync(cancellationToken);
        var structures = await NotificationStructures.LoadAsync(db, owner.CorporationId, parsed.Payload is { } payload ? [payload.Place] : [], cancellationToken);
        var built = await contexts.BuildAsync(db, owner, [parsed], structures, cancellationToken);
        return (built.SingleOrDefault(), structures);
    }

    // withheldForMain collects what is held back only for want of an alliance main, for admins to be told.
    private List<Webhook> Targets(RenderContext context, Owners.Owner owner, IReadOnlyList<Structure> structures, List<Notification> withheldForMain)
    {
        var targets = NotificationRoute.Webhooks(context, NotificationRoute.MatchStructure(context, structures), owner.Webhooks);
        if (targets.Count > 0 && NotificationWithholding.IsWithheld(context, owner, options.Value.ReportNpcAttacks))
        {
            if (NotificationWithholding.AwaitsAllianceMain(context, owner))
            {
                withheldForMain.Add(context.Notification);
            }

            return [];
        }

        return targets;
    }

    private DiscordMessage Message(DiscordEmbed embed, RenderContext context, Webhook webhook, Owners.Owner owner, Resend? resend)
    {
        var message = NotificationPings.Message(embed, context.Notification.Type, context.Info.Colour, webhook, owner, options.Value.SetAvatar);
        return resend is { WithPings: false } ? message with { Content = null, AllowedMentions = DiscordAllowedMentions.None } : message;
    }

    // One notification routed, rendered and queued on its own: what it throws is stored on it, the messages it had
    // queued are taken back, and the owner's other notifications go on. Returns the webhooks it was queued for.
    private List<int> Forward(
        StructuresDbContext db, RenderContext context, Owners.Owner owner, IReadOnlyList<Structure> structures, List<Notification> withheldForMain, Resend? resend = null)
    {
        using var trace = Telemetry.DeliveryTrace.StartForward(context.Notification);
        var stage = NotificationFault.Route;
        var queued = new List<QueuedMessage>();
        try
        {
            var targets = Targets(context, owner, structures, withheldForMain);
            foreach (var language in targets.GroupBy(w => NotificationLanguage.Culture(w.Language, options.Value.DefaultLanguage)))
            {
                stage = NotificationFault.Render;
                var embed = NotificationRenderer.Embed(context, language.Key, resent: resend is not null);
                foreach (var webhook in language)
                {
                    stage = NotificationFault.Render;
                    var message = Message(embed, context, webhook, owner, resend);
                    stage = NotificationFault.Enqueue;
                    queued.Add(outbox.Enqueue(db, webhook.Id, message, context.Notification.NotificationId, isResend: resend is not null));
                }
            }

            context.Notification.IsForwarded |= targets.Count > 0;
            context.Notification.SearchText = (NotificationSummary.TryFrom(context, NotificationRoute.MatchStructure(context, structures))
                ?? NotificationSummary.Unread(context.Notification.Type)).SearchText;
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

    private sealed record Resend(bool WithPings);
}

// A webhook a notification would be sent to, and the mentions its message would start with (null: none).
public sealed record ResendTarget(string WebhookName, string? Pings);
