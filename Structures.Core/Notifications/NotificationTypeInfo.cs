namespace Structures.Core.Notifications;

// What the product knows about one notification type: its family, title, colour, and how it is handled.
public sealed record NotificationTypeInfo(
    string Name,
    NotificationFamily Family,
    string Title,
    NotificationColour Colour,
    bool MakesTimer = false,
    bool IsAllianceLevel = false,
    bool IsGenerated = false,
    bool IsDefault = false);
