namespace Structures.Core.Access;

// The signed-in user as Core sees them: their characters (the main and the linked ones), the corporations and
// alliances those belong to, and what they may do. Every read and change in Core is decided against a Viewer.
public sealed record Viewer(
    long CharacterId,
    string Name,
    IReadOnlySet<long> CharacterIds,
    IReadOnlySet<long> CorporationIds,
    IReadOnlySet<long> AllianceIds,
    IReadOnlySet<Permission> Permissions,
    bool IsAdmin)
{
    public static readonly Viewer Anonymous = new(0, "", new HashSet<long>(), new HashSet<long>(), new HashSet<long>(), new HashSet<Permission>(), false);

    // Structures itself, acting for no user (demo seeding, scheduled work).
    public static readonly Viewer System = new(0, "Structures", new HashSet<long>(), new HashSet<long>(), new HashSet<long>(), new HashSet<Permission>(), true);

    public bool Can(Permission permission) => IsAdmin || Permissions.Contains(permission);
}
