namespace Structures.Core.Notifications.Payloads;

// Where a notification happened and what it is about, from keys that types spell their own way:
// solarSystemID or solarsystemID, structureID or itemID (skyhooks, dens), structureTypeID or typeID.
public sealed record NotificationPlace(
    long? SolarSystemId,
    long? StructureId = null,
    long? StructureTypeId = null,
    string? StructureName = null,
    long? PlanetId = null,
    long? MoonId = null)
{
    public static NotificationPlace Nowhere { get; } = new(SolarSystemId: null);

    internal static NotificationPlace From(NotificationText t, long? structureTypeId = null) => new(
        t.GetLong("solarSystemID"),
        t.FirstLong("structureID", "itemID"),
        structureTypeId ?? t.FirstLong("structureTypeID", "typeID"),
        t.GetText("structureName"),
        t.GetLong("planetID"),
        t.GetLong("moonID"));
}
