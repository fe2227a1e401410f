using System.Globalization;
using Structures.Core.Localization;

namespace Structures.Core.Notifications.Rendering;

// The language a message is written in: the webhook's, else the default language setting (aa-structures §3.9).
public static class NotificationLanguage
{
    public const string English = "en";

    // The languages a webhook can choose: the app's languages (SupportedLanguages).
    public static IReadOnlyList<string> Choices => SupportedLanguages.Codes;

    public static CultureInfo Culture(string? language, string defaultLanguage)
    {
        var name = string.IsNullOrWhiteSpace(language) ? defaultLanguage : language.Trim();
        return Choices.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase)) is { } choice
            ? CultureInfo.GetCultureInfo(choice)
            : CultureInfo.GetCultureInfo(defaultLanguage);
    }

    // Resource-based localizers look words up in the current UI culture, so a message is rendered inside its language.
    public static T Render<T>(CultureInfo culture, Func<T> render)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return render();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
