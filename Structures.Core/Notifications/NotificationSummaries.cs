using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Discord;
using Structures.Core.Notifications.Rendering;
using Structures.Core.Structures;

namespace Structures.Core.Notifications;

// Stored notifications told for the page: read once, rendered as the English Discord message, and summed up by what
// they are about, with the names the renderer resolves. Also writes the search text of rows rendered before it existed.
public sealed class NotificationSummaries(RenderContextBuilder contexts)
{
    private const int BatchSize = 200;
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo(NotificationLanguage.English);

    public async Task<Dictionary<int, SummarisedNotification>> ForAsync(StructuresDbContext db, IReadOnlyList<Notification> rows, CancellationToken cancellationToken)
    {
        var told = rows.ToDictionary(r => r.Id, r => new SummarisedNotification(NotificationSummary.Unread(r.Type), null));
        var ownerIds = rows.Select(r => r.OwnerId).Distinct().ToList();
        var owners = await db.Owners.AsNoTracking().Where(o => ownerIds.Contains(o.CorporationId)).ToListAsync(cancellationToken);
        var subjectIds = rows.Select(r => r.StructureId).OfType<long>().Distinct().ToList();
        var subjects = await db.Structures.AsNoTracking().Where(s => subjectIds.Contains(s.Id)).ToListAsync(cancellationToken);
        foreach (var owner in owners)
        {
            var parsed = rows.Where(r => r.OwnerId == owner.CorporationId).Select(ParsedNotification.Parse).ToList();
            foreach (var context in await contexts.BuildAsync(db, owner, parsed, cancellationToken))
            {
                var subject = subjects.FirstOrDefault(s => s.Id == context.Notification.StructureId && s.OwnerId == owner.CorporationId);
                told[context.Notification.Id] = Tell(context, subject);
            }
        }

        return told;
    }

    // Search text for the visible notifications that have none yet: those stored before it was kept, or never routed.
    public async Task IndexAsync(StructuresDbContext db, IQueryable<Notification> visible, CancellationToken cancellationToken)
    {
        var after = 0;
        while (await visible.Where(n => n.SearchText == null && n.Id > after).OrderBy(n => n.Id).Take(BatchSize).ToListAsync(cancellationToken) is { Count: > 0 } rows)
        {
            var told = await ForAsync(db, rows, cancellationToken);
            foreach (var row in rows)
            {
                row.SearchText = told[row.Id].Summary.SearchText;
            }

            await db.SaveChangesAsync(cancellationToken);
            after = rows[^1].Id;
        }
    }

    private static SummarisedNotification Tell(RenderContext context, Structure? subject)
    {
        var summary = NotificationSummary.TryFrom(context, subject);
        try
        {
            return new SummarisedNotification(summary ?? NotificationSummary.Unread(context.Notification.Type), summary is null ? null : NotificationRenderer.Embed(context, English));
        }
        catch (Exception)
        {
            // Words that render but a frame that will not: the row is still listed, by what it is about.
            return new SummarisedNotification(summary!, null);
        }
    }
}

public sealed record SummarisedNotification(NotificationSummary Summary, DiscordEmbed? Embed);
