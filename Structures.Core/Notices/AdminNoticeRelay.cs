using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Structures.Core.Data;
using Structures.Core.Discord;
using Structures.Core.Esi;
using Structures.Core.Notifications;
using Structures.Core.Notifications.Rendering;
using Structures.Core.Webhooks;

namespace Structures.Core.Notices;

// Every admin notice also leaves the app: the webhooks admins chose for notices get it as an embed, queued in the
// outbox in the same transaction that records the notice (so retries, dead letters and rate limits apply, and no
// notice is posted that was not saved). Done where notices are saved, so no place that raises one can forget it. Each
// webhook gets the notice in its message language.
public sealed class AdminNoticeRelay(WebhookOutbox outbox, IStringLocalizer<NoticeWords> words, IStringLocalizer<ErrorWords> errors, IOptions<NotificationOptions> options)
    : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<int>> _queued = [];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is StructuresDbContext db && NewNotices(db) is { Count: > 0 } notices)
        {
            Queue(db, notices, await Recipients(db).ToListAsync(cancellationToken));
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is StructuresDbContext db && NewNotices(db) is { Count: > 0 } notices)
        {
            Queue(db, notices, [.. Recipients(db)]);
        }

        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        SignalQueued(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        SignalQueued(eventData.Context);
        return result;
    }

    // Written in the current UI culture: call it inside NotificationLanguage.Render.
    public DiscordEmbed Embed(AdminNotice notice)
    {
        var (title, message) = AdminNoticeText.Of(notice, NoticeLanguage.Of(words, errors));
        return new()
        {
            Title = title,
            Description = string.IsNullOrWhiteSpace(message) ? null : message,
            Color = (int)(notice.Level switch
            {
                NoticeLevel.Danger => NotificationColour.Danger,
                NoticeLevel.Warning => NotificationColour.Warning,
                _ => NotificationColour.Info,
            }),
            Footer = new DiscordEmbedFooter(words["Footer"].Value),
            Timestamp = notice.CreatedAt,
        };
    }

    private static List<AdminNotice> NewNotices(StructuresDbContext db) =>
        [.. Tracked<AdminNotice>(db).Where(e => e.State == EntityState.Added).Select(e => e.Entity)];

    // The tracked rows of one type, without EF's scan of every row for changes: SaveChanges runs that scan next anyway,
    // and a sync tracks thousands of rows. Notices are only added through their DbSet, which marks them Added at once,
    // and a webhook's IsActive is read from the row itself.
    private static List<EntityEntry<T>> Tracked<T>(StructuresDbContext db) where T : class
    {
        var detects = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return [.. db.ChangeTracker.Entries<T>()];
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detects;
        }
    }

    private static IQueryable<Recipient> Recipients(StructuresDbContext db) =>
        db.Webhooks.Where(w => w.ReceivesAdminNotices && w.IsActive).Select(w => new Recipient(w.Id, w.Language));

    private void Queue(StructuresDbContext db, List<AdminNotice> notices, List<Recipient> recipients)
    {
        // A webhook switched off in this same save (Discord said it is gone) gets nothing more.
        var switchedOff = Tracked<Webhook>(db).Where(e => !e.Entity.IsActive).Select(e => e.Entity.Id).ToHashSet();
        var webhooks = recipients.Where(r => !switchedOff.Contains(r.WebhookId)).ToList();
        foreach (var webhook in webhooks)
        {
            var culture = NotificationLanguage.Culture(webhook.Language, options.Value.DefaultLanguage);
            foreach (var notice in notices.OrderBy(n => n.CreatedAt))
            {
                outbox.Enqueue(db, webhook.WebhookId, new DiscordMessage { Embeds = [NotificationLanguage.Render(culture, () => Embed(notice))] });
            }
        }

        var webhookIds = webhooks.Select(w => w.WebhookId).ToList();

        if (webhookIds.Count > 0)
        {
            _queued.AddOrUpdate(db, webhookIds);
        }
    }

    private void SignalQueued(DbContext? db)
    {
        if (db is not null && _queued.TryGetValue(db, out var webhookIds))
        {
            _queued.Remove(db);
            webhookIds.ForEach(outbox.Signal);
        }
    }

    private sealed record Recipient(int WebhookId, string Language);
}
