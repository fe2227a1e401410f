using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Testing;
using Structures.Core.Notifications.Rendering;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Notifications.Rendering;

// Every sample, real and written, in every language a webhook can choose: no word is missing, none falls back to
// English because its translation is broken, and no argument is left unfilled.
public sealed partial class TranslatedRenderTests
{
    public static TheoryData<string> Languages() => [.. NotificationLanguage.Choices];

    public static TheoryData<string> Translations() => [.. NotificationLanguage.Choices.Where(c => c != NotificationLanguage.English)];

    [Theory]
    [MemberData(nameof(Languages))]
    public void EverySample_RendersWithoutAMissingOrBrokenWord(string language)
    {
        var logger = new FakeLogger();
        var words = ResourceWords.For<NotificationWords>(logger);
        var culture = CultureInfo.GetCultureInfo(language);
        var keys = NotificationLanguage.Render(CultureInfo.InvariantCulture, () => words.GetAllStrings(false).Select(w => w.Name).Where(k => k.Contains('.')).ToList());

        foreach (var sample in RenderingSamples.All())
        {
            var id = sample.GetProperty("notification_id").GetInt64();
            var rendered = NotificationRenderer.Words(RenderingSamples.Context(id, words: words), culture);

            foreach (var text in new[] { rendered.Title, rendered.Description })
            {
                text.Should().NotBeNullOrWhiteSpace($"{language} renders sample {id}");
                Placeholder().IsMatch(text).Should().BeFalse($"{language} fills every argument of sample {id}: {text}");
                keys.Where(text.Contains).Should().BeEmpty($"{language} finds every word of sample {id}");
            }
        }

        logger.Collector.GetSnapshot().Select(r => r.Message).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Translation_DiffersFromEnglish_InNearlyEveryWord(string language)
    {
        var words = ResourceWords.For<NotificationWords>();
        var english = NotificationLanguage.Render(CultureInfo.InvariantCulture, () => words.GetAllStrings(false).ToDictionary(w => w.Name, w => w.Value));

        var translated = NotificationLanguage.Render(CultureInfo.GetCultureInfo(language), () => english.Keys.ToDictionary(k => k, k => words[k].Value));

        var same = translated.Where(w => w.Value == english[w.Key] && Letters().IsMatch(w.Value)).Select(w => w.Key).ToList();
        same.Should().HaveCountLessThan(english.Count / 10, $"{language} translates nearly every word; the same as English: {string.Join(", ", same)}");
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[a-z]{3,}")]
    private static partial Regex Letters();
}
