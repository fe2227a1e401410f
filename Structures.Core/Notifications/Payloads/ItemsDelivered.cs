namespace Structures.Core.Notifications.Payloads;

// Items delivered to a structure for a character (charID), as [quantity, typeID] rows (listOfTypesAndQty).
public sealed record ItemsDelivered(NotificationPlace Place, long? CharacterId, IReadOnlyList<FuelQuantity> Items) : NotificationPayload(Place)
{
    internal static ItemsDelivered From(NotificationText t) => new(NotificationPlace.From(t), t.GetLong("charID"), FuelQuantity.Rows(t));
}
