namespace Structures.Core.Notifications;

// What a family is called wherever people read it: pickers, lists, filters.
public static class NotificationFamilyNames
{
    public static string DisplayName(this NotificationFamily family) => family switch
    {
        NotificationFamily.Upwell => "Upwell structures",
        NotificationFamily.MoonMining => "Moon mining",
        NotificationFamily.CustomsOffice => "Customs offices",
        NotificationFamily.Skyhook => "Skyhooks",
        NotificationFamily.Starbase => "Starbases",
        NotificationFamily.Sovereignty => "Sovereignty",
        NotificationFamily.Billing => "Bills",
        NotificationFamily.CorporationMembership => "Corporation membership",
        NotificationFamily.CorporationProjects => "Corporation projects",
        NotificationFamily.War => "Wars",
        NotificationFamily.MercenaryDen => "Mercenary dens",
        _ => "Unknown types",
    };
}
