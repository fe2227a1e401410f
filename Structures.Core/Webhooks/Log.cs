using Microsoft.Extensions.Logging;

namespace Structures.Core.Webhooks;

internal static partial class Log
{
    [LoggerMessage(LogLevel.Warning, "Discord refused a message for webhook {WebhookName}: {Reason}")]
    public static partial void MessageDeadLettered(this ILogger logger, string webhookName, string reason);

    [LoggerMessage(LogLevel.Error, "Webhook {WebhookName} was disabled: {Reason}")]
    public static partial void WebhookDisabled(this ILogger logger, string webhookName, string reason);

    [LoggerMessage(LogLevel.Error, "Dispatching webhook {WebhookId} failed; trying again in {RetryIn}")]
    public static partial void DispatchFailed(this ILogger logger, Exception exception, int webhookId, TimeSpan retryIn);

    [LoggerMessage(LogLevel.Error, "Looking for webhooks with queued messages failed; looking again in {RetryIn}")]
    public static partial void SweepFailed(this ILogger logger, Exception exception, TimeSpan retryIn);

    [LoggerMessage(LogLevel.Warning, "Webhook {WebhookName}: {Count} message(s) claimed at {ClaimedAt} have no recorded answer from Discord; sending them again, so Discord may show them twice")]
    public static partial void ClaimResent(this ILogger logger, string webhookName, int count, DateTime? claimedAt);

    [LoggerMessage(LogLevel.Warning, "Webhook {WebhookName}: Discord took the post but recording it failed (attempt {Attempt}); trying again in {RetryIn} so it is not sent twice")]
    public static partial void AnswerCommitRetried(this ILogger logger, Exception exception, string webhookName, int attempt, TimeSpan retryIn);

    [LoggerMessage(LogLevel.Information, "Webhook {WebhookId}: its lease could not be given up while stopping; another instance drains it once the lease expires")]
    public static partial void LeaseKept(this ILogger logger, Exception exception, int webhookId);

    [LoggerMessage(LogLevel.Warning, "Looking up the webhooks in Discord at start failed; each is checked again when it next posts")]
    public static partial void LookUpFailed(this ILogger logger, Exception exception);
}
