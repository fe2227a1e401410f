using Structures.Core.Localization;

namespace Structures.Core.Notifications;

// What fuel alert rules and "send again" answer, in the viewer's language: NotificationAdminWords.resx holds the
// English, NotificationAdminWords.<language>.resx each translation. The forms' data annotations read their messages
// from the static properties, as data annotations must.
public sealed class NotificationAdminWords
{
    public static string StartRange => Read(nameof(StartRange));

    public static string EndRange => Read(nameof(EndRange));

    public static string RepeatRange => Read(nameof(RepeatRange));

    public static string ThresholdRange => Read(nameof(ThresholdRange));

    private static string Read(string key) => StaticWords<NotificationAdminWords>.Words[key];
}
