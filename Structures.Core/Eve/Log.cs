using Microsoft.Extensions.Logging;

namespace Structures.Core.Eve;

internal static partial class Log
{
    [LoggerMessage(LogLevel.Warning, "Could not resolve {Kind} {Id} from ESI: {Reason}")]
    public static partial void ReferenceDataMissing(this ILogger logger, string kind, long id, string? reason);
}
