using System.Collections;
using System.Globalization;
using System.Resources;

namespace Structures.Core.Localization;

// A resource family read in English whatever the current language: for texts stored in English beside what they
// are, and for recognising English texts again.
public sealed class EnglishWords(Type family)
{
    private readonly ResourceManager _resources = new(family.FullName!, family.Assembly);

    public string this[string key, params object[] arguments] =>
        string.Format(CultureInfo.InvariantCulture, _resources.GetString(key, CultureInfo.InvariantCulture) ?? key, arguments);

    public IReadOnlyList<(string Key, string Text)> All() =>
        [.. _resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().Select(e => ((string)e.Key, (string)e.Value!))];
}
