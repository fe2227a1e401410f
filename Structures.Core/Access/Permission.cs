using Structures.Core.Localization;

namespace Structures.Core.Access;

// What a signed-in user may do, as aa-structures has it, plus manual timers. Admins named in configuration hold every
// permission; others get them through grants, and members of owner corporations through the grants to all of them
// (GranteeKind.OwnerMembers: basic access and their corporation's structures unless admins change it).
public enum Permission
{
    // Open the app and its public pages: the customs-office list and the statistics (of what the user may see).
    BasicAccess,

    // Structures, notifications and timers of the corporations of the user's characters.
    ViewCorporationStructures,
    ViewAllianceStructures,
    ViewAllStructures,
    AddStructureOwner,
    ViewStructureFit,

    // Unanchoring of every structure the user sees; without it only that of their own corporations' structures.
    ViewAllUnanchoringStatus,
    ManageSettings,

    // Enter timers by hand (a hostile structure's), and change or delete the ones they entered.
    AddManualTimers,
}

// A permission's name in the viewer's language (PermissionWords), as pages and messages show it.
public static class PermissionLabels
{
    public static string Label(this Permission permission) =>
        StaticWords<PermissionWords>.Words[$"Permission_{permission}"] is { ResourceNotFound: false } label ? label.Value : permission.ToString();
}
