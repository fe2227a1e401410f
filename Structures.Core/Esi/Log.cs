using Microsoft.Extensions.Logging;

namespace Structures.Core.Esi;

internal static partial class Log
{
    [LoggerMessage(LogLevel.Warning, "ESI could not be reached for {Path}: {Reason}")]
    public static partial void EsiUnreachable(this ILogger logger, string path, string reason);
}
