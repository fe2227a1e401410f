using Microsoft.Extensions.Logging;

namespace Structures.Core.Live;

internal static partial class Log
{
    [LoggerMessage(LogLevel.Warning, "A subscriber to the change feed failed on {EventName}")]
    public static partial void SubscriberFailed(this ILogger logger, Exception exception, string eventName);
}
