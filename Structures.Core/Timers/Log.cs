using Microsoft.Extensions.Logging;

namespace Structures.Core.Timers;

internal static partial class Log
{
    [LoggerMessage(LogLevel.Information, "Manual timer {TimerId} ({Kind}, ends {EndsAt:u}) entered by character {CharacterId}")]
    public static partial void ManualTimerAdded(this ILogger logger, int timerId, long characterId, TimerKind kind, DateTime endsAt);

    [LoggerMessage(LogLevel.Information, "Manual timer {TimerId} deleted by character {CharacterId}")]
    public static partial void ManualTimerDeleted(this ILogger logger, int timerId, long characterId);

    [LoggerMessage(LogLevel.Information, "Calendar feed created for character {CharacterId}")]
    public static partial void FeedCreated(this ILogger logger, long characterId);

    [LoggerMessage(LogLevel.Information, "Calendar feed revoked for character {CharacterId}")]
    public static partial void FeedRevoked(this ILogger logger, long characterId);
}
