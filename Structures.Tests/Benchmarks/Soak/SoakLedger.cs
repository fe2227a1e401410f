namespace Structures.Tests.Benchmarks.Soak;

// Compares what was emitted into the simulated EVE with what the simulated Discord received. An embed is matched to
// its notification by webhook (one per owner) and the notification's time, which the soak keeps distinct per owner.
internal static class SoakLedger
{
    // A post Discord accepted this long before a kill may not have been recorded as sent when the process died:
    // the post's own time limit, plus a commit held up by a locked database.
    public static readonly TimeSpan KillReach = TimeSpan.FromSeconds(20);

    private static readonly TimeSpan InFlight = TimeSpan.FromSeconds(1);

    public static SoakCount Count(IReadOnlyCollection<SoakEmitted> emitted, IReadOnlyCollection<SoakReceived> received, IReadOnlyCollection<SoakOutage> outages)
    {
        var copies = received.Where(r => r.Timestamp is not null)
            .ToLookup(r => (r.WebhookId, r.Timestamp!.Value), r => r.ReceivedAt);
        var delivered = 0;
        var duplicated = new List<SoakDuplicate>();
        var lost = new List<long>();
        foreach (var notification in emitted)
        {
            var arrivals = copies[(notification.WebhookId, notification.Timestamp)].Order().ToList();
            if (arrivals.Count == 0)
            {
                lost.Add(notification.NotificationId);
                continue;
            }

            delivered++;
            if (arrivals.Count > 1)
            {
                duplicated.Add(new SoakDuplicate(notification.NotificationId, arrivals.Count - 1, Cause(arrivals, outages)));
            }
        }

        var known = emitted.Select(e => (e.WebhookId, e.Timestamp)).ToHashSet();
        var unmatched = received.Count(r => r.Timestamp is not { } time || !known.Contains((r.WebhookId, time)));
        return new SoakCount(emitted.Count, delivered, lost, duplicated, unmatched);
    }

    // Every extra copy must follow an outage that began within reach after the copy before it (or a moment before
    // it: a post in flight when the process died can be stored by Discord just after).
    private static SoakOutageKind? Cause(List<DateTime> arrivals, IReadOnlyCollection<SoakOutage> outages)
    {
        SoakOutageKind? cause = null;
        for (var i = 1; i < arrivals.Count; i++)
        {
            var previous = arrivals[i - 1];
            var outage = outages.Where(o => o.Start >= previous - InFlight && o.Start <= previous + KillReach && o.Start <= arrivals[i])
                .OrderBy(o => o.Kind).FirstOrDefault();
            if (outage is null)
            {
                return null;
            }

            cause = cause is { } earlier && earlier > outage.Kind ? earlier : outage.Kind;
        }

        return cause;
    }

    public static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}

internal sealed record SoakEmitted(long NotificationId, string WebhookId, DateTime Timestamp);

internal sealed record SoakReceived(string WebhookId, DateTime? Timestamp, DateTime ReceivedAt);

internal enum SoakOutageKind
{
    Kill,
    Crash,
}

// The app was down from Start (killed, or found to have exited by itself) until it answered ready again at End.
internal sealed record SoakOutage(SoakOutageKind Kind, DateTime Start, DateTime End);

// Cause is null when a copy came without an outage before it.
internal sealed record SoakDuplicate(long NotificationId, int ExtraCopies, SoakOutageKind? Cause);

internal sealed record SoakCount(int Emitted, int Delivered, IReadOnlyList<long> Lost, IReadOnlyList<SoakDuplicate> Duplicated, int Unmatched)
{
    public int DuplicatedAcross(SoakOutageKind kind) => Duplicated.Count(d => d.Cause == kind);

    public int DuplicatedWithoutOutage => Duplicated.Count(d => d.Cause is null);
}
