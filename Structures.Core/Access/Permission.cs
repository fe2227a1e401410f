namespace Structures.Core.Access;

// What a signed-in user may do. Admins named in configuration hold every permission; others get them through grants.
public enum Permission
{
    // Structures, notifications and timers of the user's own corporations. Members of an owner corporation hold it.
    BasicAccess,
    ViewAllianceStructures,
    ViewAllStructures,
    AddStructureOwner,
    ViewStructureFit,
    ManageSettings,

    // Enter timers by hand (a hostile structure's), and change or delete the ones they entered.
    AddManualTimers,
}

public static class PermissionLabels
{
    public static string Label(this Permission permission) => permission switch
    {
        Permission.BasicAccess => "Basic access (own corporations)",
        Permission.ViewAllianceStructures => "View alliance structures",
        Permission.ViewAllStructures => "View all structures",
        Permission.AddStructureOwner => "Add structure owner",
        Permission.ViewStructureFit => "View fittings",
        Permission.ManageSettings => "Manage settings",
        Permission.AddManualTimers => "Add manual timers",
        _ => permission.ToString(),
    };
}
