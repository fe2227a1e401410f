using System.Text.RegularExpressions;
using System.Xml.Linq;
using Structures.Core.Notifications;
using Structures.Core.Notifications.Rendering;

namespace Structures.Tests.Core.Notifications.Rendering;

public sealed partial class NotificationWordsTests
{
    public static TheoryData<string> Translations() =>
        [.. Directory.GetFiles(ResourceFolder(), "NotificationWords.*.resx").Select(f => Path.GetFileName(f).Split('.')[1])];

    [Fact]
    public void EveryType_HasAnEnglishTitle()
    {
        var english = Words(Path.Combine(ResourceFolder(), "NotificationWords.resx"));

        NotificationTypes.All.Select(t => $"{t.Name}.Title").Should().BeSubsetOf(english.Keys);
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Translations_AreLanguagesAWebhookCanChoose_AndUseOnlyEnglishKeysAndTheirArguments(string language)
    {
        var english = Words(Path.Combine(ResourceFolder(), "NotificationWords.resx"));
        var translated = Words(Path.Combine(ResourceFolder(), $"NotificationWords.{language}.resx"));

        NotificationLanguage.Choices.Should().Contain(language);
        translated.Should().NotBeEmpty();
        foreach (var (key, (value, _)) in translated)
        {
            english.Should().ContainKey(key, $"{language} translates only words that exist in English");
            var (englishValue, comment) = english[key];
            Placeholders(value).Should().BeSubsetOf(Placeholders(englishValue + comment), $"{language} {key} may use only the arguments English is given");
        }
    }

    private static Dictionary<string, (string Value, string Comment)> Words(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(
            d => (string)d.Attribute("name")!,
            d => ((string?)d.Element("value") ?? "", (string?)d.Element("comment") ?? ""));

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    private static string ResourceFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "Structures.Core")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory!.FullName, "Structures.Core", "Notifications", "Rendering");
    }
}
