using Microsoft.Extensions.Localization;

namespace Structures.Dashboard.Localization;

// The words pages show for the app's states, modes, chips and kinds: EnumText.resx holds them in English under
// "<Enum>.<Value>" keys, EnumText.<language>.resx beside it each translation.
public sealed class EnumText;

public static class EnumTextExtensions
{
    // A value nobody wrote a word for reads as its name rather than breaking the page.
    public static string Name<T>(this IStringLocalizer<EnumText> words, T value)
        where T : struct, Enum
    {
        var text = words[$"{typeof(T).Name}.{value}"];
        return text.ResourceNotFound ? value.ToString() : text.Value;
    }
}
