using Microsoft.Extensions.Logging;

namespace Structures.Core.Structures;

internal static partial class Log
{
    [LoggerMessage(LogLevel.Information, "Synced {StructureCount} structures of {OwnerName}, removed {Removed}, complete: {Complete}")]
    public static partial void Synced(this ILogger logger, string ownerName, int structureCount, int removed, bool complete);

    [LoggerMessage(LogLevel.Information, "Synced {StructureCount} structures of {OwnerName}: ESI's answers are those of the last sync, nothing to apply")]
    public static partial void SyncedUnchanged(this ILogger logger, string ownerName, int structureCount);

    [LoggerMessage(LogLevel.Warning, "Structure sync of {OwnerName} failed: {Reason}")]
    public static partial void SyncFailed(this ILogger logger, string ownerName, string reason);

    [LoggerMessage(LogLevel.Error, "The structure sync of owner {OwnerId} crashed")]
    public static partial void OwnerSyncCrashed(this ILogger logger, Exception exception, long ownerId);

    [LoggerMessage(LogLevel.Error, "Fuel alerts after the structure sync of {OwnerName} failed; the sync stands, and the alert job looks again")]
    public static partial void AlertsFailed(this ILogger logger, Exception exception, string ownerName);
}
