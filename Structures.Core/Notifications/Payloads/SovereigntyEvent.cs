namespace Structures.Core.Notifications.Payloads;

// News of sovereignty structures. The structure type is structureTypeID or typeID when given, else it follows
// from campaignEventType: 1 a territorial claim unit, 2 an infrastructure hub, none a claim unit too
// (aa-structures §3.2); a campaign type nobody taught us leaves it unknown, told as "Other".
// The moment it tells of is when command nodes decloak (decloakTime) or the structure self-destructs (destructTime).
public sealed record SovereigntyEvent(NotificationPlace Place, long? AllianceId, long? CorporationId, DateTime? DecloakAt) : NotificationPayload(Place)
{
    public const long TerritorialClaimUnit = 32226;
    public const long InfrastructureHub = 32458;

    public long? StructureTypeId => Place.StructureTypeId;

    internal static SovereigntyEvent From(NotificationText t)
    {
        var typeId = t.FirstLong("structureTypeID", "typeID") ?? t.GetLong("campaignEventType") switch
        {
            null or 1 => TerritorialClaimUnit,
            2 => InfrastructureHub,
            _ => (long?)null,
        };
        return new SovereigntyEvent(NotificationPlace.From(t, typeId), t.GetLong("allianceID"), t.GetLong("corpID"),
            t.GetFileTime("decloakTime") ?? t.GetFileTime("destructTime"));
    }
}
