namespace Structures.Core.Notifications.Rendering;

// The words of Discord messages: NotificationWords.resx holds them in English, and NotificationWords.<language>.resx
// each translation, so a language is added with a resource file and no renderer changes. Keys are "<Type>.Title",
// "<Type>.Text" and shared words; a translation may leave any of them out and the English one is used.
public sealed class NotificationWords;
