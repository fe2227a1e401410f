using Structures.Core.Localization;

namespace Structures.Core.Webhooks;

// What webhook settings answer (saves, URL checks, pings, lead times, tests, presets), in the viewer's language:
// WebhookAdminWords.resx holds the English, WebhookAdminWords.<language>.resx each translation. The form's data
// annotations read their messages from the static properties, as data annotations must.
public sealed class WebhookAdminWords
{
    public static string NameRequired => Read(nameof(NameRequired));

    public static string NameTooLong => Read(nameof(NameTooLong));

    public static string UrlRequired => Read(nameof(UrlRequired));

    public static string LanguageChoice => Read(nameof(LanguageChoice));

    public static string RoleIds => Read(nameof(RoleIds));

    private static string Read(string key) => StaticWords<WebhookAdminWords>.Words[key];
}
