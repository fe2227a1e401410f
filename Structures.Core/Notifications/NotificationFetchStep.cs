namespace Structures.Core.Notifications;

// One look of the fetch loop: the owner whose fetch it started, if any, and when to look again (null: no owner is due
// until one is added or its characters change).
public readonly record struct NotificationFetchStep(long? Started, DateTime? LookAgainAt);
