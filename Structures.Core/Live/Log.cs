using Microsoft.Extensions.Logging;

namespace Structures.Core.Live;

internal static partial class Log
{
    [LoggerMessage(LogLevel.Warning, "A subscriber to the change feed failed on {EventName}")]
    public static partial void SubscriberFailed(this ILogger logger, Exception exception, string eventName);

    [LoggerMessage(LogLevel.Warning, "Changes made here cannot be sent to the other instances; their pages will read everything again once sending works")]
    public static partial void FeedSendingFailed(this ILogger logger, Exception exception);

    [LoggerMessage(LogLevel.Information, "Changes made here reach the other instances again")]
    public static partial void FeedSendingResumed(this ILogger logger);

    [LoggerMessage(LogLevel.Warning, "Lost the database connection that brings the other instances' changes; trying again with growing pauses")]
    public static partial void FeedListeningLost(this ILogger logger, Exception exception);

    [LoggerMessage(LogLevel.Information, "Listening to the other instances' changes again after {Outage} and {Attempts} attempt(s); open pages read everything again")]
    public static partial void FeedListeningAgain(this ILogger logger, TimeSpan outage, int attempts);
}
