using System.Globalization;

namespace Structures.Core.Localization;

// The languages the app speaks, on its pages and in Discord messages. English is the resources' neutral language;
// every other language has a file beside each English resource file (ResourceCompletenessTests holds them to it).
public static class SupportedLanguages
{
    public const string English = "en";

    public static readonly IReadOnlyList<Language> All =
    [
        new(English, "English"),
        new("de", "Deutsch"),
        new("ru", "Русский"),
        new("zh-Hans", "简体中文"),
        new("es", "Español"),
        new("ko", "한국어"),
        new("fr", "Français"),
    ];

    public static IReadOnlyList<string> Codes { get; } = All.Select(l => l.Code).ToArray();

    // A known language's code spelled as the list spells it, or null for anything else (case does not matter).
    public static string? Find(string? code) =>
        string.IsNullOrWhiteSpace(code)
            ? null
            : All.FirstOrDefault(l => string.Equals(l.Code, code.Trim(), StringComparison.OrdinalIgnoreCase))?.Code;

    public static CultureInfo Culture(string code) => CultureInfo.GetCultureInfo(code);
}

public sealed record Language(string Code, string NativeName);
