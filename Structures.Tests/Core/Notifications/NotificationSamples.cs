using Structures.Core.Notifications;

namespace Structures.Tests.Core.Notifications;

// Stored notifications as the fetcher writes them, for Wayne Technologies (98000001) in the simulated universe.
public static class NotificationSamples
{
    public const long WayneTower = 1035000000001;

    // An Upwell attack as ESI words it; the attacker names are in the text, the character by ID.
    public static Notification Attack(long id, DateTime at, long structureId = WayneTower, string corporation = "Bad Company", string alliance = "Big Bad Alliance") => new()
    {
        OwnerId = 98000001, NotificationId = id, Type = "StructureUnderAttack", SenderId = 1000137, SenderType = "corporation", Timestamp = at, StructureId = structureId,
        Text = $"allianceID: 99000002\nallianceName: {alliance}\narmorPercentage: 100.0\ncharID: 90000006\ncorpLinkData:\n- showinfo\n- 2\n- 98000003\ncorpName: {corporation}\nhullPercentage: 100.0\nshieldPercentage: 94.0\nsolarsystemID: 30002537\nstructureID: {structureId}\nstructureShowInfoData:\n- showinfo\n- 35832\n- {structureId}\nstructureTypeID: 35832\n",
        ContentKey = $"key-{id}", IsKnownType = true, ReceivedAt = at,
    };
}
