using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Structures.Core.Notifications.Rendering;

// A translation can never break a message: a word the language lacks, or whose {n} arguments are not English's, or
// that does not format, is written in English instead, and the fault is logged once per language and word. A word
// English lacks is not found (ResourceNotFound), as with any localizer, so a renderer may ask for optional words.
public sealed partial class FallbackWords<T>(IStringLocalizer inner, ILogger logger) : IStringLocalizer<T>
{
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _translatedKeys = new();
    private readonly ConcurrentDictionary<(string Language, string Key), bool> _told = new();

    // Without arguments a word is given as written, as resource localizers give it.
    public LocalizedString this[string name] => Find(name, null);

    public LocalizedString this[string name, params object[] arguments] => Find(name, arguments);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

    private LocalizedString Find(string name, object[]? arguments)
    {
        var culture = CultureInfo.CurrentUICulture;
        var english = InEnglish(() => inner[name]);
        if (english.ResourceNotFound)
        {
            return english;
        }

        if (!IsEnglish(culture))
        {
            var (text, fault) = Translated(culture, name, english.Value, arguments);
            if (text is not null)
            {
                return new LocalizedString(name, text, false);
            }

            Tell(culture.Name, name, fault!);
        }

        if (Format(english.Value, arguments) is { } englishText)
        {
            return new LocalizedString(name, englishText, false);
        }

        Tell(NotificationLanguage.English, name, "English does not format with its arguments");
        return english;
    }

    private (string? Text, string? Fault) Translated(CultureInfo culture, string name, string english, object[]? arguments)
    {
        if (!TranslatedKeys(culture).Contains(name))
        {
            return (null, "the translation lacks this word");
        }

        var translation = inner[name].Value;
        if (!Placeholders(translation).SetEquals(Placeholders(english)))
        {
            return (null, "its arguments differ from English");
        }

        return Format(translation, arguments) is { } text ? (text, null) : (null, "it does not format with its arguments");
    }

    private IReadOnlySet<string> TranslatedKeys(CultureInfo culture) => _translatedKeys.GetOrAdd(culture.Name, _ =>
    {
        try
        {
            return inner.GetAllStrings(includeParentCultures: false).Select(s => s.Name).ToHashSet();
        }
        catch (MissingManifestResourceException)
        {
            return new HashSet<string>();
        }
    });

    private static string? Format(string format, object[]? arguments)
    {
        if (arguments is null)
        {
            return format;
        }

        try
        {
            return string.Format(CultureInfo.CurrentCulture, format, arguments);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private void Tell(string language, string name, string fault)
    {
        if (_told.TryAdd((language, name), true))
        {
            logger.TranslationFellBack(typeof(T).Name, language, name, fault);
        }
    }

    private static bool IsEnglish(CultureInfo culture) =>
        culture.Equals(CultureInfo.InvariantCulture) || culture.TwoLetterISOLanguageName == NotificationLanguage.English;

    private static LocalizedString InEnglish(Func<LocalizedString> read) => NotificationLanguage.Render(CultureInfo.InvariantCulture, read);

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
