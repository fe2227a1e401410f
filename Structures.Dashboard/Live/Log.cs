namespace Structures.Dashboard.Live;

internal static partial class Log
{
    [LoggerMessage(LogLevel.Warning, "{Component} could not read its data again after a change; the next change tries again")]
    public static partial void LiveReloadFailed(this ILogger logger, Exception exception, string component);
}
