using Microsoft.Extensions.Logging;

namespace Structures.Core.Webhooks;

internal static partial class Log
{
    [LoggerMessage(LogLevel.Warning, "Discord refused a message for webhook {WebhookName}: {Reason}")]
    public static partial void MessageDeadLettered(this ILogger logger, string webhookName, string reason);

    [LoggerMessage(LogLevel.Error, "Webhook {WebhookName} was disabled: {Reason}")]
    public static partial void WebhookDisabled(this ILogger logger, string webhookName, string reason);

    [LoggerMessage(LogLevel.Error, "Dispatching webhook {WebhookId} failed")]
    public static partial void DispatchCrashed(this ILogger logger, Exception exception, int webhookId);
}
