using Structures.Core.Localization;

namespace Structures.Tests.Core.Localization;

// Every text of the app has a resource in every language it offers, with the same format arguments as the English:
// a missing key reads English (or worse, the key) and a wrong argument breaks a format at render time.
public sealed class ResourceCompletenessTests
{
    // Families whose translations are still being written; this list must be empty for the languages to be complete.
    private static readonly string[] Untranslated = ["Structures.Core/Notifications/Rendering/NotificationWords"];

    public static TheoryData<string> Families() => [.. ResourceFamily.InRepository().Select(f => f.Name).Except(Untranslated)];

    [Fact]
    public void Repository_HasResourceFamilies_ForPagesAndMessages()
    {
        var names = ResourceFamily.InRepository().Select(f => f.Name).ToList();

        names.Should().Contain(n => n.StartsWith("Structures.Core/", StringComparison.Ordinal))
            .And.Contain(n => n.StartsWith("Structures.Dashboard/", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void ResourceFamily_HasEveryLanguage_WithTheEnglishKeysAndArguments(string name)
    {
        var family = ResourceFamily.InRepository().Single(f => f.Name == name);

        family.Languages.Keys.Should().BeEquivalentTo(SupportedLanguages.Codes, "{0} is offered in every language", name);
        var english = family.Languages[SupportedLanguages.English];
        foreach (var (language, texts) in family.Languages.Where(l => l.Key != SupportedLanguages.English))
        {
            texts.Keys.Should().BeEquivalentTo(english.Keys, "{0}.{1}.resx has exactly the English keys", name, language);
            foreach (var (key, text) in texts)
            {
                text.Should().NotBeNullOrWhiteSpace("{0}.{1}.resx translates {2}", name, language, key);
                ResourceFamily.Arguments(text).Should().Equal(ResourceFamily.Arguments(english[key]),
                    "{0}.{1}.resx {2} takes the English arguments", name, language, key);
            }
        }
    }

    [Theory]
    [InlineData("Fuel for {0}", new[] { 0 })]
    [InlineData("{1:N0} ISK to {0}", new[] { 0, 1 })]
    [InlineData("{0,-10} and {0}", new[] { 0 })]
    [InlineData("{{literal}} only", new int[0])]
    public void Arguments_AreTheFormatIndices(string text, int[] expected) =>
        ResourceFamily.Arguments(text).Should().Equal(expected);
}
