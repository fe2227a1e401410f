using Microsoft.Extensions.Logging;

namespace Structures.Core.Notifications;

internal static partial class Log
{
    [LoggerMessage(LogLevel.Information, "Stored {Count} new notifications of {OwnerName}")]
    public static partial void NotificationsStored(this ILogger logger, string ownerName, int count);

    [LoggerMessage(LogLevel.Warning, "Notification fetch of {OwnerName} failed: {Reason}")]
    public static partial void NotificationFetchFailed(this ILogger logger, string ownerName, string reason);

    [LoggerMessage(LogLevel.Error, "The notification fetch of owner {OwnerId} crashed")]
    public static partial void NotificationFetchCrashed(this ILogger logger, Exception exception, long ownerId);
}
