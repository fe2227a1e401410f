using Structures.Core.Eve;

namespace Structures.Core.Notifications.Payloads;

// A structure or skyhook timer: time left from the notification (timeLeft, in ticks), and for skyhooks the
// moment it is vulnerable again (timestamp, a FILETIME). Lost shields or armor, anchoring, unanchoring, deploying.
public sealed record StructureCountdown(NotificationPlace Place, TimeSpan? TimeLeft, DateTime? VulnerableAt, TimeSpan? VulnerableFor)
    : NotificationPayload(Place)
{
    // Null when the text does not say, or says a time left that ends beyond the calendar.
    public DateTime? EndsAt(DateTime notificationTimestamp) => TimeLeft is { } left ? EveTime.Add(notificationTimestamp.ToUniversalTime(), left) : null;

    internal static StructureCountdown From(NotificationText t) =>
        new(NotificationPlace.From(t), t.GetDuration("timeLeft"), t.GetFileTime("timestamp"), t.GetDuration("vulnerableTime"));
}
