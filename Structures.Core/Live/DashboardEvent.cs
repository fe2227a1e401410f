namespace Structures.Core.Live;

// Small facts published after a commit; pages re-query what their user may see.
public abstract record DashboardEvent;

public sealed record StructuresChanged(long OwnerId) : DashboardEvent;

public sealed record StructureRefueled(long OwnerId, long StructureId, DateTime FuelExpiresAt) : DashboardEvent;

public sealed record OwnerStatusChanged(long OwnerId) : DashboardEvent;

public sealed record NotificationsReceived(long OwnerId, IReadOnlyList<int> NotificationIds) : DashboardEvent;

// OwnerId is null when a manual timer (which belongs to no owner) was entered, changed or deleted.
public sealed record TimersChanged(long? OwnerId) : DashboardEvent;
