namespace Structures.Core.Timers.Announcements;

// One reminder queued: a timer, a webhook, a lead time. Written in the transaction that queues its message, and
// unique, so a restart or a second run can neither repeat it nor lose it.
public sealed class TimerReminder
{
    public long Id { get; set; }
    public int TimerId { get; set; }
    public int WebhookId { get; set; }
    public int LeadMinutes { get; set; }
    public DateTime QueuedAt { get; set; }
}
