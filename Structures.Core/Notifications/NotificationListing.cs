using Structures.Core.Discord;
using Structures.Core.Webhooks;

namespace Structures.Core.Notifications;

// What the notifications page asks for: filters, a text search and the page (1-based).
public sealed record NotificationFilter(long? OwnerId = null, string? Type = null, NotificationStatus Status = NotificationStatus.All, string? Search = null, int Page = 1);

public enum NotificationStatus
{
    All,
    Forwarded,
    NotForwarded,
    Problem,
    Failed,
}

// One page of the notifications that match, and how many match in all.
public sealed record NotificationPage(IReadOnlyList<NotificationRow> Rows, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

// A notification as the page shows it. StructureId is set only when the viewer may open that structure; Embed is the
// English Discord message, null when the text could not be read.
public sealed record NotificationRow(
    int Id, long NotificationId, long OwnerId, string OwnerName, string Type, DateTime Timestamp, bool IsForwarded, bool IsKnownType, string? ParseError, bool IsTimerAdded, string? ProcessingError,
    NotificationSummary Summary, long? StructureId, DiscordEmbed? Embed, IReadOnlyList<NotificationDelivery> Deliveries);

// Every message of one notification to one webhook, told once: the latest one's state, how many were queued, how
// many of those were resends, and how many of their posts failed.
public sealed record NotificationDelivery(string WebhookName, QueuedMessageStatus Status, int Messages, int Resends, int FailedAttempts, string? LastError);
