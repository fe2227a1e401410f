namespace Structures.Core.Notifications.Payloads;

// News of sovereignty structures. The structure type is structureTypeID or typeID when given, else it follows
// from campaignEventType: 1 a territorial claim unit, 2 an infrastructure hub (aa-structures §3.2).
public sealed record SovereigntyEvent(NotificationPlace Place, long? AllianceId, long? CorporationId, DateTime? DecloakAt) : NotificationPayload(Place)
{
    public const long TerritorialClaimUnit = 32226;
    public const long InfrastructureHub = 32458;

    public long StructureTypeId => Place.StructureTypeId ?? TerritorialClaimUnit;

    internal static SovereigntyEvent From(NotificationText t)
    {
        var typeId = t.FirstLong("structureTypeID", "typeID") ?? (t.GetLong("campaignEventType") == 2 ? InfrastructureHub : TerritorialClaimUnit);
        return new SovereigntyEvent(NotificationPlace.From(t, typeId), t.GetLong("allianceID"), t.GetLong("corpID"), t.GetFileTime("decloakTime"));
    }
}
