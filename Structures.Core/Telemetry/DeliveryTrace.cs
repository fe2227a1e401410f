using System.Diagnostics;
using System.Runtime.CompilerServices;
using Structures.Core.Notifications;
using Structures.Core.Webhooks;

namespace Structures.Core.Telemetry;

// The app's one ActivitySource: a notification's way from the fetch that stored it, through its forwarding, to each
// Discord post that carried it. The outbox sits between forwarding and posting, so each queued message keeps the
// context it was queued in (TraceParent) and its post continues that trace.
public static class DeliveryTrace
{
    public static readonly ActivitySource Source = new(StructuresTelemetry.Name);

    public static Activity? StartFetch(long ownerId) =>
        Source.StartActivity("notifications.fetch")?.SetTag("structures.owner", ownerId);

    public static Activity? StartForward(Notification notification) =>
        Source.StartActivity("notification.forward")
            ?.SetTag("structures.owner", notification.OwnerId)
            .SetTag("structures.notification.id", notification.NotificationId)
            .SetTag("structures.notification.type", notification.Type);

    // The context a message is queued in, to be continued by its post (W3C traceparent), or null outside any trace.
    public static string? Current() => Activity.Current?.Id;

    // The post continues the trace of the first message it carries; the others, packed into the same post, are links.
    // Unless something records traces, nothing is read: the post is on an alert's way to Discord, and the first post
    // after a start compiles only this check, not the reading (LINQ over value types: up to 23 ms of compiling, measured).
    public static Activity? StartPost(Webhook webhook, IReadOnlyList<QueuedMessage> batch) =>
        Source.HasListeners() ? StartTracedPost(webhook, batch) : null;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Activity? StartTracedPost(Webhook webhook, IReadOnlyList<QueuedMessage> batch)
    {
        var contexts = batch.Select(m => Parse(m.TraceParent)).OfType<ActivityContext>().Distinct().ToList();
        var parent = contexts.FirstOrDefault();
        var links = contexts.Skip(1).Select(c => new ActivityLink(c));
        return Source.StartActivity("discord.post", ActivityKind.Client, parent, links: links)
            ?.SetTag("structures.webhook", webhook.Name)
            .SetTag("structures.messages", batch.Count);
    }

    private static ActivityContext? Parse(string? traceParent) =>
        traceParent is not null && ActivityContext.TryParse(traceParent, null, isRemote: true, out var context) ? context : null;
}
