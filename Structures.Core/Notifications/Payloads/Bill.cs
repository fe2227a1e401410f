namespace Structures.Core.Notifications.Payloads;

// A bill: issued, paid, late or unpaid. Office rentals name the station (stationName) and the days left
// (daysToExpiry) instead of a due date.
public sealed record Bill(
    NotificationPlace Place, long? BillTypeId, DateTime? DueAt, double? Amount, long? CreditorId, long? DebtorId, string? StationName = null, long? DaysLeft = null)
    : NotificationPayload(Place)
{
    internal static Bill From(NotificationText t) => new(
        NotificationPlace.From(t), t.GetLong("billTypeID"), t.GetFileTime("dueDate"), t.GetDouble("amount"), t.GetLong("creditorID"), t.GetLong("debtorID"),
        t.GetText("stationName"), t.GetLong("daysToExpiry"));
}
