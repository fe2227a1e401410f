namespace Structures.Core.Notifications;

// Embed colours (aa-structures §3.1); the default ping follows them: danger @everyone, warning @here, else none.
public enum NotificationColour
{
    Success = 0x5CB85C,
    Info = 0x5BC0DE,
    Warning = 0xF0AD4E,
    Danger = 0xD9534F,
}
