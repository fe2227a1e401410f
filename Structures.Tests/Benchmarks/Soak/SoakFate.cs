using Microsoft.EntityFrameworkCore;
using Structures.Core.Webhooks;

namespace Structures.Tests.Benchmarks.Soak;

// What the app's own database says about the emitted notifications: how many it stored, and where each lost one
// stopped (never stored, stored but never queued for Discord, dead-lettered, still queued, or marked sent although
// Discord never received it).
internal sealed record SoakFate(int Stored, int LostNotStored, int LostNotQueued, int LostDeadLettered, int LostStillQueued, int LostMarkedSent)
{
    public static async Task<SoakFate> OfAsync(SoakDatabase database, List<long> emitted, IReadOnlyList<long> lost)
    {
        await using var db = database.Open();
        var stored = await db.Notifications.Where(n => emitted.Contains(n.NotificationId)).Select(n => n.NotificationId).Distinct().ToListAsync();
        var lostList = lost.ToList();
        var queue = await db.QueuedMessages.Where(m => m.NotificationId != null && lostList.Contains(m.NotificationId.Value))
            .Select(m => new { NotificationId = m.NotificationId!.Value, m.Status }).ToListAsync();
        var statuses = queue.ToLookup(m => m.NotificationId, m => m.Status);
        var storedSet = stored.ToHashSet();
        return new SoakFate(
            stored.Count,
            lost.Count(id => !storedSet.Contains(id)),
            lost.Count(id => storedSet.Contains(id) && !statuses[id].Any()),
            lost.Count(id => statuses[id].Contains(QueuedMessageStatus.DeadLettered)),
            lost.Count(id => statuses[id].Contains(QueuedMessageStatus.Queued)),
            lost.Count(id => statuses[id].Contains(QueuedMessageStatus.Sent)));
    }
}
