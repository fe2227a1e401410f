namespace Structures.Core.Notifications.Payloads;

// A character joining, leaving, applying to or invited into a corporation, with what they wrote.
public sealed record Membership(long? CharacterId, long? CorporationId, long? InvitedById, string? ApplicationText, string? CustomMessage)
    : NotificationPayload(NotificationPlace.Nowhere)
{
    internal static Membership From(NotificationText t) => new(
        t.GetLong("charID"), t.GetLong("corpID"), t.GetLong("invokingCharID"), t.GetText("applicationText"), t.GetText("customMessage"));
}
