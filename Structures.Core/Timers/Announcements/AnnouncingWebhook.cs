using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;
using Structures.Core.Webhooks;

namespace Structures.Core.Timers.Announcements;

// An active webhook that asked for reminders or the upcoming-timers message, with what decides which timers it takes.
public sealed record AnnouncingWebhook(
    int Id, string Name, IReadOnlySet<long> OwnerIds, IReadOnlySet<string> Types, IReadOnlyList<TimeSpan> Leads, bool TakesManualTimers, bool PostsUpcomingTimers,
    bool HasDefaultPingsEnabled = true, IReadOnlyList<string>? RoleIds = null, string? Language = null)
{
    public static async Task<List<AnnouncingWebhook>> LoadAsync(StructuresDbContext db, CancellationToken cancellationToken)
    {
        var webhooks = await db.Webhooks.AsNoTracking().Include(w => w.Owners)
            .Where(w => w.IsActive && (w.ReminderLeadTimes != "" || w.PostsUpcomingTimers))
            .ToListAsync(cancellationToken);
        return webhooks.Select(w => new AnnouncingWebhook(
            w.Id, w.Name, w.Owners.Select(o => o.CorporationId).ToHashSet(), w.Types, ReminderLeadTimes.Read(w.ReminderLeadTimes), w.TakesManualTimers,
            w.PostsUpcomingTimers, w.HasDefaultPingsEnabled, w.RoleIds, w.Language)).ToList();
    }
}
