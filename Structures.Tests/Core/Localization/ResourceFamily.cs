using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Structures.Tests.Core.Localization;

// One English resource file and its translations beside it (Name.resx, Name.de.resx, ...), read from the sources.
internal sealed partial record ResourceFamily(string Name, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Languages)
{
    public static IReadOnlyList<ResourceFamily> InRepository()
    {
        var root = RepositoryRoot();
        return Directory.EnumerateFiles(root, "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .GroupBy(f => FamilyName(root, f))
            .Select(g => new ResourceFamily(g.Key, g.ToDictionary(LanguageOf, Read)))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
    }

    // The format arguments a text takes ({0}, {1:N0}, ...), by index, in order of index; escaped braces are not ones.
    public static IReadOnlyList<int> Arguments(string text) =>
        Argument().Matches(text.Replace("{{", "", StringComparison.Ordinal).Replace("}}", "", StringComparison.Ordinal))
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .Distinct()
            .Order()
            .ToList();

    // "Structures.Core/Notifications/Rendering/NotificationWords" for NotificationWords.resx and NotificationWords.de.resx.
    private static string FamilyName(string root, string file)
    {
        var relative = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
        var name = relative[..^".resx".Length];
        var dot = name.LastIndexOf('.');
        return dot > name.LastIndexOf('/') && IsLanguage(name[(dot + 1)..]) ? name[..dot] : name;
    }

    private static string LanguageOf(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var dot = name.LastIndexOf('.');
        return dot >= 0 && IsLanguage(name[(dot + 1)..]) ? name[(dot + 1)..] : "en";
    }

    private static bool IsLanguage(string suffix) => LanguageSuffix().IsMatch(suffix);

    private static IReadOnlyDictionary<string, string> Read(string file) =>
        XDocument.Load(file).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Structures.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Structures.sln not found above the test assembly.");
    }

    [GeneratedRegex(@"\{(\d+)(,[^}:]*)?(:[^}]*)?\}")]
    private static partial Regex Argument();

    [GeneratedRegex("^[a-z]{2}(-[A-Za-z]{2,4})?$")]
    private static partial Regex LanguageSuffix();
}
