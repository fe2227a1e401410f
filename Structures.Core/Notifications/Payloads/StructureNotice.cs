namespace Structures.Core.Notifications.Payloads;

// A notification that says only which structure: online, power, reagents, destroyed, and types we read no more of.
public sealed record StructureNotice(NotificationPlace Place) : NotificationPayload(Place)
{
    internal static StructureNotice From(NotificationText t) => new(NotificationPlace.From(t));
}
