using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Structures.Core.Notifications.Rendering;

namespace Structures.Tests.Core.Notifications.Rendering;

public sealed class FallbackWordsTests
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de");

    private readonly FakeLogger _logger = new();

    [Theory]
    [InlineData("{0} wird von {3} angegriffen.")]
    [InlineData("{0} wird von {1 angegriffen.")]
    [InlineData("{0} wird angegriffen.")]
    public void Indexer_TranslationWithWrongArguments_WritesEnglish(string translation)
    {
        var words = Words(translation);

        var said = InGerman(() => words["Attack", "Batcave", "Joker"]);

        said.Value.Should().Be("Batcave is under attack by Joker.");
        said.ResourceNotFound.Should().BeFalse();
    }

    [Fact]
    public void Indexer_BrokenTranslationAskedTwice_WarnsOnceNamingLanguageAndWord()
    {
        var words = Words("{0} wird von {3} angegriffen.");

        InGerman(() => words["Attack", "Batcave", "Joker"]);
        InGerman(() => words["Attack", "Arkham", "Bane"]);

        var warning = _logger.Collector.GetSnapshot().Should().ContainSingle().Subject;
        warning.Level.Should().Be(LogLevel.Warning);
        warning.Id.Name.Should().Be("TranslationFellBack");
        warning.Message.Should().Contain("de").And.Contain("Attack").And.Contain("arguments differ from English");
    }

    [Fact]
    public void Indexer_WordTheTranslationLacks_WritesEnglishAndWarns()
    {
        var words = Words(null);

        var said = InGerman(() => words["Attack", "Batcave", "Joker"]);

        said.Value.Should().Be("Batcave is under attack by Joker.");
        _logger.Collector.GetSnapshot().Should().ContainSingle().Which.Message.Should().Contain("lacks this word");
    }

    [Fact]
    public void Indexer_SoundTranslation_WritesItWithoutWarning()
    {
        var words = Words("{0} wird von {1} angegriffen.");

        var said = InGerman(() => words["Attack", "Batcave", "Joker"]);

        said.Value.Should().Be("Batcave wird von Joker angegriffen.");
        _logger.Collector.Count.Should().Be(0);
    }

    [Fact]
    public void Indexer_WordEnglishLacks_IsNotFoundWithoutWarning()
    {
        var words = Words("{0} wird von {1} angegriffen.");

        var said = InGerman(() => words["Missing.Text", "Batcave"]);

        said.ResourceNotFound.Should().BeTrue();
        _logger.Collector.Count.Should().Be(0);
    }

    [Fact]
    public void Indexer_EnglishThatDoesNotFormat_WritesItUnformattedAndWarns()
    {
        var words = new FallbackWords<FallbackWordsTests>(new TwoLanguageWords("{0} is under attack by {1}.", null), _logger);

        var said = words["Attack", "Batcave"];

        said.Value.Should().Be("{0} is under attack by {1}.");
        _logger.Collector.GetSnapshot().Should().ContainSingle().Which.Message.Should().Contain("English does not format");
    }

    [Fact]
    public void Embed_WithABrokenTranslation_RendersTheRestTranslatedAndThatWordInEnglish()
    {
        var broken = new FallbackWords<NotificationWords>(new BrokenWord(RenderingSamples.Words, "StructureDestroyed.Title", "{5} zerstört"), _logger);
        var context = RenderingSamples.Context(1000000502, words: broken);

        var embed = NotificationRenderer.Embed(context, German);

        embed.Title.Should().Be("Structure destroyed");
        embed.Description.Should().StartWith("Die Astrahus").And.Contain("wurde zerstört");
        _logger.Collector.Count.Should().Be(1);
    }

    private FallbackWords<FallbackWordsTests> Words(string? german) =>
        new(new TwoLanguageWords("{0} is under attack by {1}.", german), _logger);

    private static LocalizedString InGerman(Func<LocalizedString> read) => NotificationLanguage.Render(German, read);

    // English for every culture, German where the translation has the word: as resource files behave.
    private sealed class TwoLanguageWords(string english, string? german) : IStringLocalizer
    {
        public LocalizedString this[string name] => name != "Attack"
            ? new LocalizedString(name, name, true)
            : new LocalizedString(name, IsGerman && german is not null ? german : english);

        public LocalizedString this[string name, params object[] arguments] => throw new NotSupportedException("the fallback formats by itself");

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
            IsGerman && german is not null ? [new LocalizedString("Attack", german)] : [];

        private static bool IsGerman => CultureInfo.CurrentUICulture.Name == "de";
    }

    // The app's words with one German word broken.
    private sealed class BrokenWord(IStringLocalizer words, string key, string german) : IStringLocalizer
    {
        public LocalizedString this[string name] =>
            name == key && CultureInfo.CurrentUICulture.Name == "de" ? new LocalizedString(name, german) : words[name];

        public LocalizedString this[string name, params object[] arguments] => throw new NotSupportedException("the fallback formats by itself");

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => words.GetAllStrings(includeParentCultures);
    }
}
