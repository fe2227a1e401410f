namespace Structures.Core.Notifications.Payloads;

public sealed record Bill(NotificationPlace Place, long? BillTypeId, DateTime? DueAt, double? Amount, long? CreditorId, long? DebtorId)
    : NotificationPayload(Place)
{
    internal static Bill From(NotificationText t) => new(
        NotificationPlace.From(t), t.GetLong("billTypeID"), t.GetFileTime("dueDate"), t.GetDouble("amount"), t.GetLong("creditorID"), t.GetLong("debtorID"));
}
