namespace Structures.Core.Notices;

// Something an admin should know about: a character disabled, an owner added, a service down. What it is (Kind and
// its named Arguments, as JSON) is kept beside its English Title and Message, so each reader gets it in their
// language (AdminNoticeText); a notice recorded before kinds existed has only its English text.
public sealed class AdminNotice
{
    public int Id { get; set; }
    public DateTime CreatedAt { get; set; }
    public NoticeLevel Level { get; set; }
    public required string Title { get; set; }
    public required string Message { get; set; }
    public string? Kind { get; set; }
    public string? Arguments { get; set; }
    public long? OwnerId { get; set; }
    public bool IsRead { get; set; }
}

public enum NoticeLevel
{
    Info,
    Warning,
    Danger,
}
