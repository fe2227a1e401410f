using Structures.Core.Eve;

namespace Structures.Core.Notifications.Payloads;

// A structure whose owner has not come by for too long: it is abandoned after daysUntilAbandon days, and the assets
// in it are then at risk.
public sealed record Abandonment(NotificationPlace Place, long? DaysLeft, bool? IsCorpOwned) : NotificationPayload(Place)
{
    // Null when the text does not say, or says a number of days that ends beyond the calendar.
    public DateTime? AbandonedAt(DateTime notificationTimestamp) =>
        DaysLeft is { } days and >= 0 and <= int.MaxValue ? EveTime.AddHours(notificationTimestamp.ToUniversalTime(), days * 24) : null;

    internal static Abandonment From(NotificationText t) => new(NotificationPlace.From(t), t.GetLong("daysUntilAbandon"), t.GetBool("isCorpOwned"));
}
