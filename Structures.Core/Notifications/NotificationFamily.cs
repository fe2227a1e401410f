namespace Structures.Core.Notifications;

public enum NotificationFamily
{
    Upwell,
    MoonMining,
    CustomsOffice,
    Skyhook,
    Starbase,
    Sovereignty,
    Billing,
    CorporationMembership,
    CorporationProjects,
    War,
    MercenaryDen,
    Unknown,
}
