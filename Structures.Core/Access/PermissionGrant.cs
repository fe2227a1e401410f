namespace Structures.Core.Access;

// A permission given to a character, to every member of a corporation or an alliance, or to every member of any
// owner corporation (OwnerMembers, GranteeId 0): what owners' members get by default, which admins may change.
public sealed class PermissionGrant
{
    public int Id { get; set; }
    public Permission Permission { get; set; }
    public GranteeKind GranteeKind { get; set; }
    public long GranteeId { get; set; }
    public required string GranteeName { get; set; }
    public required string GrantedBy { get; set; }
    public DateTime CreatedAt { get; set; }
}

public enum GranteeKind
{
    Character,
    Corporation,
    Alliance,
    OwnerMembers,
}
