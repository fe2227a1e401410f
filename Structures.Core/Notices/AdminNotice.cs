namespace Structures.Core.Notices;

// Something an admin should know about: a character disabled, an owner added, a service down.
public sealed class AdminNotice
{
    public int Id { get; set; }
    public DateTime CreatedAt { get; set; }
    public NoticeLevel Level { get; set; }
    public required string Title { get; set; }
    public required string Message { get; set; }
    public long? OwnerId { get; set; }
    public bool IsRead { get; set; }
}

public enum NoticeLevel
{
    Info,
    Warning,
    Danger,
}
