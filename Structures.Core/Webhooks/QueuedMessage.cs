namespace Structures.Core.Webhooks;

// The outbox: one row per message for one webhook, written in the same transaction as the decision to send it.
// "Sent" means Discord answered 2xx. Before each post the row is claimed (Sending) and committed, so a restart that
// finds a claim without a result knows the post may have happened: it sends it again, the one case of a repeat.
public sealed class QueuedMessage
{
    public long Id { get; set; }
    public int WebhookId { get; set; }
    public required string Payload { get; set; }

    // Messages with the same key (same content and pings) may travel together, up to 10 embeds per post.
    public string PackKey { get; set; } = "";
    public long? NotificationId { get; set; }

    // A sample sent by "Send test notification": it travels like any message and shows in the delivery log as a test.
    public bool IsTest { get; set; }

    // Queued by an admin's "Send again", not by the notification's arrival.
    public bool IsResend { get; set; }

    // Set for an edit of a standing message (StandingMessage.Slot): it edits that message instead of posting a new one.
    public string? StandingSlot { get; set; }
    public QueuedMessageStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public string? LastError { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SentAt { get; set; }

    // The last claim: when the post was about to leave, and which attempt it was.
    public DateTime? ClaimedAt { get; set; }
    public Guid? ClaimId { get; set; }

    // The trace it was queued in (W3C traceparent), which its post continues; null outside any trace.
    public string? TraceParent { get; set; }
}

public enum QueuedMessageStatus
{
    Queued,
    Sent,
    DeadLettered,

    // Claimed and committed just before its post; what Discord answered is not recorded yet.
    Sending,
}
