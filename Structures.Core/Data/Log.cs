using Microsoft.Extensions.Logging;

namespace Structures.Core.Data;

internal static partial class Log
{
    [LoggerMessage(LogLevel.Information, "Database ready, {MigrationCount} migrations applied")]
    public static partial void DatabaseReady(this ILogger logger, int migrationCount);
}
