using Microsoft.Extensions.Logging;

namespace Structures.Core.Notifications;

internal static partial class Log
{
    [LoggerMessage(LogLevel.Information, "Stored {Count} new notifications of {OwnerName}")]
    public static partial void NotificationsStored(this ILogger logger, string ownerName, int count);

    [LoggerMessage(LogLevel.Warning, "Notification fetch of {OwnerName} failed: {Reason}")]
    public static partial void NotificationFetchFailed(this ILogger logger, string ownerName, string reason);

    [LoggerMessage(LogLevel.Warning, "Notification {NotificationId} ({Type}) of {OwnerName} failed and is kept aside: {Error}")]
    public static partial void NotificationFailed(this ILogger logger, string ownerName, long notificationId, string type, string error);

    [LoggerMessage(LogLevel.Error, "Looking for owners whose notifications are due failed ({Failures} in a row); trying again in {BackOff}")]
    public static partial void FetchPlanningFailed(this ILogger logger, Exception exception, int failures, TimeSpan backOff);

    [LoggerMessage(LogLevel.Error, "The notification fetch of owner {OwnerId} crashed ({Failures} in a row); it is tried again in {BackOff}")]
    public static partial void NotificationFetchCrashed(this ILogger logger, Exception exception, long ownerId, int failures, TimeSpan backOff);

    [LoggerMessage(LogLevel.Warning, "The {Language} word {Key} of {Words} is written in English instead: {Fault}")]
    public static partial void TranslationFellBack(this ILogger logger, string words, string language, string key, string fault);

    [LoggerMessage(LogLevel.Warning, "Rehearsing the alert path at start failed; the first alert will be slower")]
    public static partial void RehearsalFailed(this ILogger logger, Exception exception);
}
