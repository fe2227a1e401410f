namespace Structures.Core.Notifications.Payloads;

// The service modules that went offline, as type IDs (listOfServiceModuleIDs).
public sealed record ServicesOffline(NotificationPlace Place, IReadOnlyList<long> ServiceTypeIds) : NotificationPayload(Place)
{
    internal static ServicesOffline From(NotificationText t) => new(NotificationPlace.From(t), t.Longs("listOfServiceModuleIDs"));
}
