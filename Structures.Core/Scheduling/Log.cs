using Microsoft.Extensions.Logging;

namespace Structures.Core.Scheduling;

internal static partial class Log
{
    [LoggerMessage(LogLevel.Warning, "The lease {Lease} was taken by another instance while this one worked under it")]
    public static partial void LeaseLost(this ILogger logger, string lease);

    [LoggerMessage(LogLevel.Warning, "Renewing the lease {Lease} failed; trying again")]
    public static partial void LeaseRenewalFailed(this ILogger logger, Exception exception, string lease);

    [LoggerMessage(LogLevel.Information, "The lease {Lease} could not be released ({Reason}); it expires by itself")]
    public static partial void LeaseLeftToExpire(this ILogger logger, string lease, string reason);
}
