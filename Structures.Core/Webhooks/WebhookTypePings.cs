using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Structures.Core.Access;
using Structures.Core.Data;
using Structures.Core.Notifications;

namespace Structures.Core.Webhooks;

// Admins choose, per webhook and notification type, what its messages ping instead of the default. Every method
// checks the permission itself, and what is saved is checked here, whatever a page or a request sent.
public sealed class WebhookTypePings(IDbContextFactory<StructuresDbContext> contextFactory, Viewers viewers, IStringLocalizer<WebhookAdminWords> words)
{
    public async Task<WebhookPingChoices?> ChoicesAsync(ViewerId viewerId, int webhookId, CancellationToken cancellationToken)
    {
        if (!(await viewers.ResolveAsync(viewerId, cancellationToken)).Can(Permission.ManageSettings))
        {
            return null;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var webhook = await db.Webhooks.AsNoTracking().SingleOrDefaultAsync(w => w.Id == webhookId, cancellationToken);
        return webhook is null ? null : new WebhookPingChoices(webhook.Id, webhook.Name, webhook.HasDefaultPingsEnabled, webhook.Types, TypePing.Read(webhook.TypePings));
    }

    // Replaces the webhook's choices with these; a type left out, or set to the default without roles, pings by default.
    public async Task<ChangeResult> SaveAsync(ViewerId viewerId, int webhookId, IReadOnlyDictionary<string, TypePingEntry> choices, CancellationToken cancellationToken)
    {
        var (_, refusal) = await viewers.ResolveManagerAsync(viewerId, null, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var pings = new Dictionary<string, TypePing>(StringComparer.Ordinal);
        foreach (var (type, entry) in choices)
        {
            if (Problem(type, entry) is { } problem)
            {
                return ChangeResult.Refused(problem);
            }

            pings[type] = new TypePing(entry.Level, Roles(entry.RoleIds));
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var webhook = await db.Webhooks.SingleOrDefaultAsync(w => w.Id == webhookId, cancellationToken);
        if (webhook is null)
        {
            return ChangeResult.Refused(words["NoSuchWebhook"]);
        }

        webhook.TypePings = TypePing.Write(pings);
        await db.SaveChangesAsync(cancellationToken);
        var changed = pings.Count(p => !p.Value.IsDefault);
        return ChangeResult.Done(changed == 0
            ? words["PingsAllDefault", webhook.Name]
            : words["PingsSaved", webhook.Name, changed]);
    }

    private string? Problem(string type, TypePingEntry entry)
    {
        if (NotificationTypes.Find(type) is not { } info || info.Name != type)
        {
            return words["PingsUnknownType", type];
        }

        if (!Enum.IsDefined(entry.Level))
        {
            return words["PingsChooseLevel", type];
        }

        var bad = Roles(entry.RoleIds).FirstOrDefault(r => !TypePing.IsRoleId(r));
        return bad is null ? null : words["PingsBadRole", bad, type].Value;
    }

    private static List<string> Roles(string text) =>
        [.. text.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct()];
}

// A webhook's per-type ping choices, for the page that edits them.
public sealed record WebhookPingChoices(
    int WebhookId, string Name, bool HasDefaultPingsEnabled, IReadOnlySet<string> ForwardedTypes, IReadOnlyDictionary<string, TypePing> Pings);

// What the page sends for one type: a level and the role IDs as typed (separated by commas or spaces).
public sealed record TypePingEntry(PingLevel Level, string RoleIds);
