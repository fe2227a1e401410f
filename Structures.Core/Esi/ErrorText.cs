using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Structures.Core.Localization;

namespace Structures.Core.Esi;

// Error texts are stored in English, as ESI, EVE SSO and the syncs word them, and translated where they are shown:
// a text that is one of the known errors (ErrorWords, English wording as stored) reads in the reader's language,
// with what it names translated in turn ("Upwell structures: ESI is not answering ..."); known errors inside a longer
// text are translated in place; anything else, such as ESI's own details, stays as stored.
public static partial class ErrorText
{
    private static readonly Lazy<IReadOnlyList<KnownError>> Known = new(() =>
        [.. new EnglishWords(typeof(ErrorWords)).All().OrderByDescending(e => e.Text.Length).Select(e => new KnownError(e.Key, e.Text))]);

    public static string Translate(string text, IStringLocalizer<ErrorWords> words) => Translate(text, words, depth: 0);

    private static string Translate(string text, IStringLocalizer<ErrorWords> words, int depth)
    {
        if (string.IsNullOrWhiteSpace(text) || depth > 4)
        {
            return text;
        }

        foreach (var known in Known.Value)
        {
            if (known.Whole.Match(text) is { Success: true } match)
            {
                return Say(words, known.Key, match, depth);
            }
        }

        foreach (var known in Known.Value.Where(k => k.Within is not null))
        {
            text = known.Within!.Replace(text, match => Say(words, known.Key, match, depth));
        }

        return text;
    }

    private static string Say(IStringLocalizer<ErrorWords> words, string key, Match match, int depth) =>
        words[key, [.. Enumerable.Range(0, match.Groups.Count - 1).Select(n => (object)Translate(match.Groups[$"a{n}"].Value, words, depth + 1))]].Value;

    private sealed class KnownError(string key, string english)
    {
        public string Key { get; } = key;

        public Regex Whole { get; } = new($"^{Pattern(english)}$", RegexOptions.Singleline | RegexOptions.CultureInvariant);

        // Only errors that start and end with their own words are found inside longer texts.
        public Regex? Within { get; } = english.StartsWith('{') || english.EndsWith('}')
            ? null
            : new Regex(Pattern(english), RegexOptions.CultureInvariant);

        private static string Pattern(string english) => string.Concat(Placeholder().Split(english).Select((part, i) => i % 2 == 0 ? Regex.Escape(part) : $"(?<a{part}>.+?)"));
    }

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();
}
