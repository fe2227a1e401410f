namespace Structures.Core.Notifications.Payloads;

// Fuel left in a structure or starbase, per fuel type. Upwell texts list [quantity, typeID] pairs
// (listOfTypesAndQty), starbases a list of {quantity, typeID} (wants).
public sealed record FuelAlert(NotificationPlace Place, IReadOnlyList<FuelQuantity> Fuel) : NotificationPayload(Place)
{
    internal static FuelAlert FromUpwell(NotificationText t) => new(NotificationPlace.From(t), FuelQuantity.Rows(t));

    internal static FuelAlert FromStarbase(NotificationText t) => new(NotificationPlace.From(t),
        [.. t.Mappings("wants").Select(want => new FuelQuantity(want.GetLong("typeID") ?? 0, want.GetLong("quantity") ?? 0))]);
}

public sealed record FuelQuantity(long TypeId, long Quantity)
{
    // Upwell texts list items as [quantity, typeID] rows (listOfTypesAndQty).
    internal static IReadOnlyList<FuelQuantity> Rows(NotificationText t) =>
        [.. t.Rows("listOfTypesAndQty").Where(row => row.Count == 2).Select(row => new FuelQuantity(Number(row[1]), Number(row[0])))];

    private static long Number(string text) => long.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : 0;
}
