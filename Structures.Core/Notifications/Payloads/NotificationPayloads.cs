namespace Structures.Core.Notifications.Payloads;

// Reads a notification's YAML text into the record of its type, once. Types nobody taught us keep what every
// text may say (where it happened), so they can still be listed and forwarded with a generic message.
public static class NotificationPayloads
{
    // Parse errors are returned, not thrown: a malformed notification is stored with its error and never stops a fetch.
    public static (NotificationPayload? Payload, string? Error) Parse(string type, string? yaml)
    {
        var (text, error) = NotificationText.Parse(yaml);
        return text is null ? (null, error) : (Read(type, text), null);
    }

    public static NotificationPayload Read(string type, NotificationText text)
    {
        var name = type.Trim();
        return NotificationTypes.Find(name)?.Family switch
        {
            NotificationFamily.Upwell => Upwell(name, text),
            NotificationFamily.MoonMining => MoonExtraction.From(text),
            NotificationFamily.CustomsOffice => Attack.FromOrbital(text),
            NotificationFamily.Skyhook => Skyhook(name, text),
            NotificationFamily.Starbase => Starbase(name, text),
            NotificationFamily.MercenaryDen => Attack.FromMercenaryDen(text),
            NotificationFamily.Sovereignty => SovereigntyEvent.From(text),
            NotificationFamily.Billing => Bill.From(text),
            NotificationFamily.CorporationMembership => Membership.From(text),
            NotificationFamily.CorporationProjects => CorporationGoal.From(text),
            NotificationFamily.War => WarNotice.From(text),
            _ => StructureNotice.From(text),
        };
    }

    private static NotificationPayload Upwell(string type, NotificationText text) => type switch
    {
        "StructureUnderAttack" => Attack.FromUpwell(text),
        "StructureLostShields" or "StructureLostArmor" or "StructureAnchoring" or "StructureUnanchoring" => StructureCountdown.From(text),
        "StructureFuelAlert" => FuelAlert.FromUpwell(text),
        "StructureServicesOffline" => ServicesOffline.From(text),
        "OwnershipTransferred" => OwnershipTransfer.From(text),
        "StructuresReinforcementChanged" => ReinforcementChange.From(text),
        "StructureImpendingAbandonmentAssetsAtRisk" => Abandonment.From(text),
        "StructureItemsMovedToSafety" => AssetSafety.From(text),
        "StructureItemsDelivered" => ItemsDelivered.From(text),
        _ => StructureNotice.From(text),
    };

    private static NotificationPayload Skyhook(string type, NotificationText text) => type switch
    {
        "SkyhookUnderAttack" => Attack.FromUpwell(text),
        "SkyhookLostShields" or "SkyhookDeployed" => StructureCountdown.From(text),
        _ => StructureNotice.From(text),
    };

    private static NotificationPayload Starbase(string type, NotificationText text) => type switch
    {
        "TowerAlertMsg" => Attack.FromOrbital(text),
        "TowerResourceAlertMsg" => FuelAlert.FromStarbase(text),
        _ => StructureNotice.From(text),
    };
}
