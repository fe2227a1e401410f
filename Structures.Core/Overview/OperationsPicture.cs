using Structures.Core.Owners;
using Structures.Core.Structures.Board;
using Structures.Core.Timers;

namespace Structures.Core.Overview;

// What the operations overview shows a viewer, each section already reduced to what they may see.
public sealed record OperationsPicture(
    int StructureCount,
    IReadOnlyList<StructureBoardRow> UnderAttack,
    IReadOnlyList<ReinforcedStructure> Reinforced,
    FuelRunway Fuel,
    IReadOnlyList<UpcomingTimer> NextTimers,
    IReadOnlyList<FailingOwner> FailingOwners,
    IReadOnlyList<RecentNotification> LatestNotifications)
{
    // The viewer's own characters that stopped syncing an owner, whatever they may see.
    public IReadOnlyList<DisabledSyncCharacter> DisabledCharacters { get; init; } = [];
}

// A reinforced structure and when its timer ends, from the last sync or from a newer notification.
public sealed record ReinforcedStructure(StructureBoardRow Row, DateTime? EndsAt, bool FromNotification);

public sealed record UpcomingTimer(TimerBoardRow Timer, long? StructureId);

public sealed record FailingOwner(long CorporationId, string Name, IReadOnlyList<FailingStage> Stages);

// One sync stage that failed last time: the error, when it was seen, and when the stage last worked.
public sealed record FailingStage(string Stage, string Error, DateTime? FailedAt, DateTime? LastSuccessAt);

public sealed record RecentNotification(long NotificationId, long OwnerId, string OwnerName, string Type, DateTime Timestamp, long? StructureId, string? StructureName);
