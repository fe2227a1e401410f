namespace Structures.Core.Access;

// Who asks Core for something: a signed-in character as its session knows it (with the owner hash it signed in
// with), or Structures itself. It carries no permissions on purpose. Every Core command and query turns it into a
// Viewer through Viewers at the moment it runs, so a grant taken back, an admin removed or a character sold stops
// working at the next click, however long a page has been open: no page can hold on to powers it was once given.
public sealed record ViewerId
{
    private ViewerId(long characterId, string ownerHash, bool isSystem)
    {
        CharacterId = characterId;
        OwnerHash = ownerHash;
        IsSystem = isSystem;
    }

    public static readonly ViewerId Anonymous = new(0, "", false);

    // Structures itself, acting for no user (demo seeding, scheduled work).
    public static readonly ViewerId System = new(0, "", true);

    public long CharacterId { get; }

    public string OwnerHash { get; }

    public bool IsSystem { get; }

    public static ViewerId Character(long characterId, string ownerHash) =>
        characterId > 0 && ownerHash.Length > 0 ? new(characterId, ownerHash, false) : Anonymous;
}
