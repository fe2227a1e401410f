namespace Structures.Core.Notifications.Payloads;

// A notification that says only which structure, maybe who (charID) and how many jobs (numJobs): online, power,
// reagents, destroyed, paint bought, industry jobs paused or cancelled, and types we read no more of.
public sealed record StructureNotice(NotificationPlace Place, long? CharacterId = null, long? JobCount = null) : NotificationPayload(Place)
{
    internal static StructureNotice From(NotificationText t) => new(NotificationPlace.From(t), t.GetLong("charID"), t.GetLong("numJobs"));
}
