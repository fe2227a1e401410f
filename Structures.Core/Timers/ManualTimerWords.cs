using Structures.Core.Localization;

namespace Structures.Core.Timers;

// What entering a timer by hand answers, in the viewer's language: ManualTimerWords.resx holds the English,
// ManualTimerWords.<language>.resx each translation. The form's data annotations read their messages from the static
// properties, as data annotations must.
public sealed class ManualTimerWords
{
    public static string KindRequired => Read(nameof(KindRequired));

    public static string SystemRequired => Read(nameof(SystemRequired));

    public static string SystemTooLong => Read(nameof(SystemTooLong));

    public static string NameTooLong => Read(nameof(NameTooLong));

    public static string TypeTooLong => Read(nameof(TypeTooLong));

    public static string EndsRequired => Read(nameof(EndsRequired));

    public static string NotesTooLong => Read(nameof(NotesTooLong));

    private static string Read(string key) => StaticWords<ManualTimerWords>.Words[key];
}
