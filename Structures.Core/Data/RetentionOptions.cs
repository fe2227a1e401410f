using System.ComponentModel.DataAnnotations;

namespace Structures.Core.Data;

// How long what the app writes is kept. The daily retention sweep applies these ages.
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    // Notifications, by their time in EVE. Never under a week: ESI still lists notifications some days old, and one
    // deleted while ESI lists it would be stored again. Kept longer while a live timer or an unsent message needs it.
    [Range(typeof(TimeSpan), "7.00:00:00", "3650.00:00:00")]
    public TimeSpan Notifications { get; set; } = TimeSpan.FromDays(90);

    // A sent message's Discord payload, from when Discord took it; its row stays in the delivery log without it.
    [Range(typeof(TimeSpan), "01:00:00", "3650.00:00:00")]
    public TimeSpan SentPayloads { get; set; } = TimeSpan.FromDays(7);

    // The delivery log: rows of sent messages, from when Discord took them.
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan DeliveryLog { get; set; } = TimeSpan.FromDays(90);

    // Messages Discord refused or that failed for good, payload and reason, from their last attempt.
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan DeadLetters { get; set; } = TimeSpan.FromDays(30);

    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan AdminNotices { get; set; } = TimeSpan.FromDays(90);
}
