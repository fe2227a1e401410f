using Microsoft.EntityFrameworkCore;

namespace Structures.Tests.Benchmarks;

// Where an alert's overhead goes, from the outbox's own times: ESI's answer to its message queued (storing, routing,
// rendering, the commit) and queued to the dispatcher's round that claimed it (its wake-up). The rest, to the post
// leaving, is that round's outbox read and claim commit. The outbox's wall-clock times are put on the probe's
// monotonic clock by one reading of both.
internal sealed record AlertStages(Distribution Queued, Distribution Picked, IReadOnlyDictionary<(int WebhookId, long NotificationId), AlertStages.Alert> ByMessage)
{
    public static async Task<AlertStages> OfAsync(BenchApp app, IReadOnlyDictionary<long, double> seenInEsi, IReadOnlySet<long> emitted)
    {
        var wallMinusMonotonic = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds() - HttpProbe.NowMs;
        await using var db = await app.DbAsync();
        var rows = await db.QueuedMessages.AsNoTracking().Where(m => m.NotificationId != null)
            .Select(m => new { m.WebhookId, Id = m.NotificationId!.Value, m.CreatedAt, m.ClaimedAt }).ToListAsync();
        double Monotonic(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToUnixTimeMilliseconds() - wallMinusMonotonic;
        var alerts = rows.Where(r => emitted.Contains(r.Id) && seenInEsi.ContainsKey(r.Id) && r.ClaimedAt is not null)
            .ToDictionary(r => (r.WebhookId, r.Id), r => new Alert(Monotonic(r.CreatedAt) - seenInEsi[r.Id], Monotonic(r.ClaimedAt!.Value) - Monotonic(r.CreatedAt), Monotonic(r.ClaimedAt!.Value)));
        return new AlertStages(Distribution.Of(alerts.Values.Select(a => a.Queued)), Distribution.Of(alerts.Values.Select(a => a.Picked)), alerts);
    }

    // One alert's stages; RoundAtMs: when the round that claimed it began, on the probe's clock.
    internal sealed record Alert(double Queued, double Picked, double RoundAtMs);
}
