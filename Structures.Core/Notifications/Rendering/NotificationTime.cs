using Microsoft.Extensions.Localization;
using Structures.Core.Eve;

namespace Structures.Core.Notifications.Rendering;

// A moment as Discord messages show it, "**2019.10.06 14:51** EVE (in 2d 1h)", in the language being written.
internal static class NotificationTime
{
    public static string When(IStringLocalizer words, DateTime at, DateTime now)
    {
        var span = at - now;
        var relative = words[span >= TimeSpan.Zero ? "In" : "Ago", EveTimeText.Duration(span)];
        return words["When", EveTimeText.Date(at), relative];
    }
}
