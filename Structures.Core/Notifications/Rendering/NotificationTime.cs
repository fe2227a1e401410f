using System.Globalization;
using Microsoft.Extensions.Localization;
using Structures.Core.Eve;

namespace Structures.Core.Notifications.Rendering;

// The one way a Discord message writes a moment: EVE time, then Discord's own timestamps, which each reader's client
// shows in their local time and as a countdown that stays right however late the message is read:
// "**2019.10.06 14:51** EVE · <t:1570373460:f> (<t:1570373460:R>)". The words around them are the message's language.
public static class NotificationTime
{
    public static string When(IStringLocalizer words, DateTime at) => words["When", Parts(at)];

    private static object[] Parts(DateTime at)
    {
        var unix = new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return [EveTimeText.Date(at), $"<t:{unix}:f>", $"<t:{unix}:R>"];
    }
}
