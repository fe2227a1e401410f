namespace Structures.Core.Timers;

// A user's calendar feed: the secret in its address is known only to the user, and stored here only as a hash.
// The feed speaks for the character (and its owner hash) that created it, with that user's permissions at each fetch.
public sealed class TimerFeed
{
    public int Id { get; set; }
    public long CharacterId { get; set; }
    public required string OwnerHash { get; set; }
    public required string SecretHash { get; set; }
    public DateTime CreatedAt { get; set; }
}
