using System.Text.Json.Serialization;

namespace Structures.Core.Live;

// Small facts published after a commit; pages re-query what their user may see. On PostgreSQL they also travel to
// the other instances as JSON (ClusterFeedMessage), named by the type discriminator below.
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(StructuresChanged), nameof(StructuresChanged))]
[JsonDerivedType(typeof(StructureRefueled), nameof(StructureRefueled))]
[JsonDerivedType(typeof(OwnerStatusChanged), nameof(OwnerStatusChanged))]
[JsonDerivedType(typeof(NotificationsReceived), nameof(NotificationsReceived))]
[JsonDerivedType(typeof(TimersChanged), nameof(TimersChanged))]
[JsonDerivedType(typeof(ChangesMissed), nameof(ChangesMissed))]
public abstract record DashboardEvent;

// StructureIds: the structures added, changed or removed, when the publisher knows them and they are few (Naming);
// null means any of the owner's structures (0: any owner's) may have changed.
public sealed record StructuresChanged(long OwnerId, IReadOnlyList<long>? StructureIds = null) : DashboardEvent
{
    // Beyond this many, a change names none: boards then read everything again, and the message stays small enough
    // for PostgreSQL's NOTIFY (at most 20 characters an id).
    public const int MaxNamed = 200;

    public static StructuresChanged Naming(long ownerId, IReadOnlyCollection<long> structureIds) =>
        new(ownerId, structureIds.Count <= MaxNamed ? [.. structureIds.Order()] : null);
}

public sealed record StructureRefueled(long OwnerId, long StructureId, DateTime FuelExpiresAt) : DashboardEvent;

// StructuresUnchanged: a sync that found the owner's answers as the last one applied them; its status moved, no row did.
public sealed record OwnerStatusChanged(long OwnerId, bool StructuresUnchanged = false) : DashboardEvent;

public sealed record NotificationsReceived(long OwnerId, IReadOnlyList<int> NotificationIds) : DashboardEvent;

// OwnerId is null when a manual timer (which belongs to no owner) was entered, changed or deleted.
public sealed record TimersChanged(long? OwnerId) : DashboardEvent;

// Changes made on another instance may have been lost (the connection that brings them was down): anything may have
// changed, so every page reads again whatever it shows.
public sealed record ChangesMissed : DashboardEvent;
