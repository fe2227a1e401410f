namespace Structures.Core.Notifications.Rendering;

// What a family renderer decides: the words and the picture; the embed around it is the same for all.
public sealed record RenderedNotification(string Title, string Description, string? ThumbnailUrl = null, bool AsAlliance = false);
