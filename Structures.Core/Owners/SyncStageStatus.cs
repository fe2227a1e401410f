namespace Structures.Core.Owners;

// The outcome of one sync stage of an owner: when it last worked, and the last error in words a director understands.
public sealed class SyncStageStatus
{
    public DateTime? LastAttemptAt { get; set; }
    public DateTime? LastSuccessAt { get; set; }
    public DateTime? LastErrorAt { get; set; }
    public string? LastError { get; set; }

    public void Succeeded(DateTime now)
    {
        LastSuccessAt = now;
        LastError = null;
        LastErrorAt = null;
    }

    public void Failed(DateTime now, string error)
    {
        LastErrorAt = now;
        LastError = error;
    }

    public bool IsFresh(DateTime now, TimeSpan grace) => LastSuccessAt is { } at && now - at <= grace;
}
