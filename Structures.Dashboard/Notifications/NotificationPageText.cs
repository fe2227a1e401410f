namespace Structures.Dashboard.Notifications;

// The words of the notifications page, its dialogs and the fuel alerts page: NotificationPageText.resx in English,
// NotificationPageText.<language>.resx beside it.
public sealed class NotificationPageText;
