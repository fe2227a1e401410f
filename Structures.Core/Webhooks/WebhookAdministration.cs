using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Structures.Core.Access;
using Structures.Core.Data;
using Structures.Core.Discord;

namespace Structures.Core.Webhooks;

// Admins manage webhooks here: list with health and queue, create, edit, delete, purge the queue, test.
// Every method checks the permission itself, so no page or request can skip it.
public sealed class WebhookAdministration(
    IDbContextFactory<StructuresDbContext> contextFactory,
    Viewers viewers,
    IOptionsMonitor<WebhookOptions> options,
    WebhookTester tester,
    DispatchSignal signal,
    DiscordWebhookClient discord,
    IStringLocalizer<WebhookAdminWords> words,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<WebhookSummary>> ListAsync(ViewerId viewerId, CancellationToken cancellationToken)
    {
        var viewer = await viewers.ResolveAsync(viewerId, cancellationToken);
        if (!viewer.Can(Permission.ManageSettings))
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Webhooks.AsNoTracking().OrderBy(w => w.Name)
            .Select(w => new WebhookSummary(
                w.Id, w.Name, w.IsActive, w.IsDefault, w.DisabledReason, w.Owners.Count,
                db.QueuedMessages.Count(m => m.WebhookId == w.Id && (m.Status == QueuedMessageStatus.Queued || m.Status == QueuedMessageStatus.Sending)),
                db.QueuedMessages.Count(m => m.WebhookId == w.Id && m.Status == QueuedMessageStatus.DeadLettered),
                db.QueuedMessages.Where(m => m.WebhookId == w.Id && m.Status == QueuedMessageStatus.Sent).Max(m => m.SentAt),
                w.TestSucceededAt,
                // The newest message's trouble, if it has not gone out: a webhook that failed once and recovered is healthy.
                db.QueuedMessages.Where(m => m.WebhookId == w.Id).OrderByDescending(m => m.Id)
                    .Select(m => m.Status == QueuedMessageStatus.Sent ? null : m.LastError).FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }

    public async Task<WebhookForm?> FormAsync(ViewerId viewerId, int webhookId, CancellationToken cancellationToken)
    {
        var viewer = await viewers.ResolveAsync(viewerId, cancellationToken);
        if (!viewer.Can(Permission.ManageSettings))
        {
            return null;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var webhook = await db.Webhooks.AsNoTracking().Include(w => w.Owners).SingleOrDefaultAsync(w => w.Id == webhookId, cancellationToken);
        return webhook is null ? null : WebhookForm.Of(webhook);
    }

    // Creates the webhook when webhookId is null. Saving an active webhook clears a "deleted in Discord" mark. A webhook
    // that starts forwarding (added, re-enabled or pointed elsewhere) is first looked up in Discord, as at start: a URL
    // Discord does not know is refused now rather than when an alert needs it, and the first alert finds the
    // connection open. Discord out of reach refuses nothing.
    public async Task<ChangeResult> SaveAsync(ViewerId viewerId, int? webhookId, WebhookForm form, CancellationToken cancellationToken)
    {
        var (viewer, refusal) = await viewers.ResolveManagerAsync(viewerId, null, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if ((FormValidation.FirstError(form) ?? WebhookUrl.Problem(form.Url, options.CurrentValue.AllowedHosts)) is { } problem)
        {
            return ChangeResult.Refused(problem);
        }

        var unknownTypes = form.Types.Where(t => Notifications.NotificationTypes.Find(t) is null).ToList();
        if (unknownTypes.Count > 0)
        {
            return ChangeResult.Refused(words["UnknownTypes", string.Join(", ", unknownTypes)]);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var webhook = webhookId is { } id
            ? await db.Webhooks.Include(w => w.Owners).SingleOrDefaultAsync(w => w.Id == id, cancellationToken)
            : db.Webhooks.Add(new Webhook { Name = "", Url = "", CreatedAt = clock.GetUtcNow().UtcDateTime }).Entity;
        if (webhook is null)
        {
            return ChangeResult.Refused(words["DeletedMeanwhile"]);
        }

        var name = form.Name.Trim();
        if (await db.Webhooks.AnyAsync(w => w.Name == name && w.Id != webhook.Id, cancellationToken))
        {
            return ChangeResult.Refused(words["NameTaken", name]);
        }

        if (form.IsActive && (!webhook.IsActive || webhook.Url != form.Url.Trim())
            && await discord.LookUpAsync(form.Url.Trim(), cancellationToken) is { Outcome: DiscordOutcome.UnknownWebhook or DiscordOutcome.Rejected } refused)
        {
            return ChangeResult.Refused(words["DiscordRefused", refused.Error!]);
        }

        webhook.Name = name;
        webhook.Url = form.Url.Trim();
        webhook.IsActive = form.IsActive;
        webhook.DisabledReason = form.IsActive ? null : webhook.DisabledReason;
        webhook.IsDefault = form.IsDefault;
        webhook.HasDefaultPingsEnabled = form.HasDefaultPingsEnabled;
        webhook.ForwardsUnknownTypes = form.ForwardsUnknownTypes;
        webhook.ReceivesAdminNotices = form.ReceivesAdminNotices;
        webhook.Language = form.Language;
        webhook.PingRoleIds = string.Join(',', form.PingRoleIds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        webhook.Notes = form.Notes.Trim();
        webhook.NotificationTypes = string.Join(',', form.Types.Distinct().Order(StringComparer.Ordinal));
        webhook.ReminderLeadTimes = ReminderLeadTimes.Write(ReminderLeadTimes.Read(form.ReminderLeadTimes));
        webhook.TakesManualTimers = form.TakesManualTimers;
        webhook.PostsUpcomingTimers = form.PostsUpcomingTimers;
        var ownerIds = form.OwnerIds.ToList();
        webhook.Owners = await db.Owners.Where(o => ownerIds.Contains(o.CorporationId)).ToListAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify(webhook.Id);
        return ChangeResult.Done(words["Saved", webhook.Name]);
    }

    public async Task<ChangeResult> DeleteAsync(ViewerId viewerId, int webhookId, CancellationToken cancellationToken)
    {
        var (viewer, refusal) = await viewers.ResolveManagerAsync(viewerId, null, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var webhook = await db.Webhooks.SingleOrDefaultAsync(w => w.Id == webhookId, cancellationToken);
        if (webhook is null)
        {
            return ChangeResult.Refused(words["AlreadyDeleted"]);
        }

        await db.QueuedMessages.Where(m => m.WebhookId == webhookId).ExecuteDeleteAsync(cancellationToken);
        db.Webhooks.Remove(webhook);
        await db.SaveChangesAsync(cancellationToken);
        return ChangeResult.Done(words["Deleted", webhook.Name]);
    }

    // Drops messages still waiting, for instance after a flood that is no longer news.
    public async Task<ChangeResult> PurgeQueueAsync(ViewerId viewerId, int webhookId, CancellationToken cancellationToken)
    {
        var (viewer, refusal) = await viewers.ResolveManagerAsync(viewerId, null, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var count = await db.QueuedMessages.Where(m => m.WebhookId == webhookId && m.Status == QueuedMessageStatus.Queued).ExecuteDeleteAsync(cancellationToken);
        return ChangeResult.Done(words["QueueDropped", count]);
    }

    public async Task<IReadOnlyList<WebhookDelivery>> DeliveriesAsync(ViewerId viewerId, int webhookId, int count, CancellationToken cancellationToken)
    {
        var viewer = await viewers.ResolveAsync(viewerId, cancellationToken);
        if (!viewer.Can(Permission.ManageSettings))
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.QueuedMessages.AsNoTracking().Where(m => m.WebhookId == webhookId).OrderByDescending(m => m.Id).Take(count)
            .Select(m => new WebhookDelivery(m.Id, m.NotificationId, m.IsTest, m.Status, m.Attempts, m.CreatedAt, m.SentAt, m.LastError))
            .ToListAsync(cancellationToken);
    }

    // A structure with webhooks of its own sends its structure notifications there instead of the owner's webhooks.
    public async Task<ChangeResult> SetStructureWebhooksAsync(ViewerId viewerId, long structureId, IReadOnlyCollection<int> webhookIds, CancellationToken cancellationToken)
    {
        var (viewer, refusal) = await viewers.ResolveManagerAsync(viewerId, null, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var structure = await db.VisibleStructures(viewer).Include(s => s.Webhooks).SingleOrDefaultAsync(s => s.Id == structureId, cancellationToken);
        if (structure is null)
        {
            return ChangeResult.Refused(words["NoSuchStructure"]);
        }

        var ids = webhookIds.ToList();
        structure.Webhooks = await db.Webhooks.Where(w => ids.Contains(w.Id)).ToListAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ChangeResult.Done(structure.Webhooks.Count == 0
            ? words["StructureUsesOwner", structure.Name]
            : words["StructureSendsTo", structure.Name, string.Join(", ", structure.Webhooks.Select(w => w.Name))]);
    }

    public async Task<WebhookTestResult> SendTestAsync(ViewerId viewerId, int webhookId, CancellationToken cancellationToken)
    {
        var viewer = await viewers.ResolveAsync(viewerId, cancellationToken);
        return viewer.Can(Permission.ManageSettings)
            ? await tester.SendTestAsync(webhookId, viewer.Name, cancellationToken)
            : new WebhookTestResult(false, ChangeResult.NotPermitted.Message);
    }
}

public sealed record WebhookSummary(
    int Id, string Name, bool IsActive, bool IsDefault, string? DisabledReason, int OwnerCount, int Queued, int DeadLettered,
    DateTime? LastSentAt, DateTime? TestSucceededAt, string? LastError)
{
    // Nothing has reached Discord yet, not even a test: the URL is not known to work.
    public bool IsUntested => LastSentAt is null && TestSucceededAt is null;
}

public sealed record WebhookDelivery(long Id, long? NotificationId, bool IsTest, QueuedMessageStatus Status, int Attempts, DateTime CreatedAt, DateTime? SentAt, string? LastError);
