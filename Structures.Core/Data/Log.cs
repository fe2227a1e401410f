using Microsoft.Extensions.Logging;

namespace Structures.Core.Data;

internal static partial class Log
{
    [LoggerMessage(LogLevel.Information, "Database ready, {MigrationCount} migrations applied")]
    public static partial void DatabaseReady(this ILogger logger, int migrationCount);

    [LoggerMessage(LogLevel.Warning, "The database cannot be used yet (locked or out of reach); starting again in {RetryIn}")]
    public static partial void DatabaseNotReady(this ILogger logger, Exception exception, TimeSpan retryIn);

    [LoggerMessage(LogLevel.Information, "Notifications stored before they named their structure: {Count} found to be about one")]
    public static partial void NotificationSubjectsAssigned(this ILogger logger, int count);

    [LoggerMessage(LogLevel.Information, "Retention: {Notifications} notifications, {SentPayloads} sent payloads, {SentMessages} sent messages, {DeadLetters} dead letters and {AdminNotices} admin notices removed")]
    public static partial void RetentionSwept(this ILogger logger, int notifications, int sentPayloads, int sentMessages, int deadLetters, int adminNotices);
}
