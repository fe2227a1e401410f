namespace Structures.Core.Notifications.Payloads;

// Items moved into asset safety when a structure went away: from when they can be moved out to a station
// (assetSafetyMinimumTimestamp), when they are delivered there by themselves (assetSafetyFullTimestamp), and
// the station they go to (newStationID).
public sealed record AssetSafety(NotificationPlace Place, long? StationId, DateTime? AvailableFrom, DateTime? DeliveredAt) : NotificationPayload(Place)
{
    internal static AssetSafety From(NotificationText t) => new(
        NotificationPlace.From(t), t.GetLong("newStationID"), t.GetFileTime("assetSafetyMinimumTimestamp"), t.GetFileTime("assetSafetyFullTimestamp"));
}
