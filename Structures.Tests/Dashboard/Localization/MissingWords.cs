using System.Collections.Concurrent;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Structures.Tests.Dashboard.Localization;

// The app's localizers over the real resource files, noting every key a component asked for and no resource held:
// such a key is what the page would show instead of a word.
internal sealed class MissingWords : IStringLocalizerFactory
{
    private readonly ResourceManagerStringLocalizerFactory _resources =
        new(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);

    public ConcurrentBag<string> Keys { get; } = [];

    public IStringLocalizer Create(Type resourceSource) => new Recording(_resources.Create(resourceSource), resourceSource.Name, Keys);

    public IStringLocalizer Create(string baseName, string location) => new Recording(_resources.Create(baseName, location), baseName, Keys);

    private sealed class Recording(IStringLocalizer inner, string family, ConcurrentBag<string> missing) : IStringLocalizer
    {
        public LocalizedString this[string name] => Note(inner[name]);

        public LocalizedString this[string name, params object[] arguments] => Note(inner[name, arguments]);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

        private LocalizedString Note(LocalizedString text)
        {
            if (text.ResourceNotFound)
            {
                missing.Add($"{family}.{text.Name}");
            }

            return text;
        }
    }
}
