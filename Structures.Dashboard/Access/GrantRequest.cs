using Structures.Core.Access;

namespace Structures.Dashboard.Access;

// The "grant a permission" form; GrantFields says what is missing.
public sealed class GrantRequest
{
    public Grantee? Grantee { get; set; }

    public Permission? Permission { get; set; }
}
