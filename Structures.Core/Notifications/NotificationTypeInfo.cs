namespace Structures.Core.Notifications;

// What the product knows about one notification type: its family, colour, and how it is handled.
// Its title and sentences are words in Rendering/NotificationWords.resx, keyed by the type's name.
public sealed record NotificationTypeInfo(
    string Name,
    NotificationFamily Family,
    NotificationColour Colour,
    bool MakesTimer = false,
    bool IsAllianceLevel = false,
    bool IsGenerated = false,
    bool IsDefault = false);
