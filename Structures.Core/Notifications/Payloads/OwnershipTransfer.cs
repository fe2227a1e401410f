namespace Structures.Core.Notifications.Payloads;

public sealed record OwnershipTransfer(NotificationPlace Place, long? OldOwnerId, long? NewOwnerId, long? CharacterId) : NotificationPayload(Place)
{
    internal static OwnershipTransfer From(NotificationText t) =>
        new(NotificationPlace.From(t), t.GetLong("oldOwnerCorpID"), t.GetLong("newOwnerCorpID"), t.GetLong("charID"));
}
