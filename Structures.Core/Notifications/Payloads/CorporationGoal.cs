namespace Structures.Core.Notifications.Payloads;

// A corporation project; these texts spell their keys in snake case (goal_name, creator_id), and a goal's ID is
// a 128-bit number, kept as text.
public sealed record CorporationGoal(string? GoalId, string? Name, long? CreatorId, long? ClosedById, long? CorporationId)
    : NotificationPayload(NotificationPlace.Nowhere)
{
    internal static CorporationGoal From(NotificationText t) => new(
        t.GetText("goal_id"), t.GetText("goal_name"), t.GetLong("creator_id"), t.GetLong("closer_id"), t.GetLong("corporation_id"));
}
