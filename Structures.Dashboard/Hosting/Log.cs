namespace Structures.Dashboard.Hosting;

internal static partial class Log
{
    [LoggerMessage(LogLevel.Critical, "Structures will not start: {Reason}")]
    public static partial void StartRefused(this ILogger logger, string reason);
}
