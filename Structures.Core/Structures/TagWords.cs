using Structures.Core.Localization;

namespace Structures.Core.Structures;

// What tag changes answer, in the viewer's language: TagWords.resx holds the English, TagWords.<language>.resx each
// translation. The form's data annotations read their messages from the static properties, as data annotations must.
public sealed class TagWords
{
    public static string NameRequired => Read(nameof(NameRequired));

    public static string NameTooLong => Read(nameof(NameTooLong));

    public static string NameSeparators => Read(nameof(NameSeparators));

    public static string StyleChoice => Read(nameof(StyleChoice));

    public static string OrderRange => Read(nameof(OrderRange));

    private static string Read(string key) => StaticWords<TagWords>.Words[key];
}
