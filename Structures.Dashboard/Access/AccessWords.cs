using Microsoft.Extensions.Localization;
using Structures.Core.Access;

namespace Structures.Dashboard.Access;

// Permission and grantee names as the access settings show them, in the reader's language.
public static class AccessWords
{
    public static string Label(this IStringLocalizer<AccessText> l, Permission permission) => l[$"Permission_{permission}"];

    public static string Help(this IStringLocalizer<AccessText> l, Permission permission) => l[$"Permission_{permission}_Help"];

    public static string Kind(this IStringLocalizer<AccessText> l, GranteeKind kind) => l[$"Kind_{kind}"];

    public static string Name(this IStringLocalizer<AccessText> l, Grantee grantee) =>
        grantee.Kind == GranteeKind.OwnerMembers ? l["OwnerMembers"] : grantee.Name;

    public static string Name(this IStringLocalizer<AccessText> l, PermissionGrant grant) =>
        grant.GranteeKind == GranteeKind.OwnerMembers ? l["OwnerMembers"] : grant.GranteeName;

    public static string Describe(this IStringLocalizer<AccessText> l, Grantee grantee) =>
        grantee.Kind == GranteeKind.OwnerMembers ? l["OwnerMembers"] : $"{grantee.Name} ({l.Kind(grantee.Kind)})";
}
