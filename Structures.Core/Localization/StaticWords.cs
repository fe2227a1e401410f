using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Structures.Core.Notifications.Rendering;

namespace Structures.Core.Localization;

// A family's words where no service can be injected: data annotations read their messages from static properties, and
// a few values (ChangeResult.NotPermitted, permission labels) are taken by pages straight from Core types. Read in the
// current UI culture, with the same English fallback as the injected words.
public static class StaticWords<T>
{
    public static IStringLocalizer<T> Words { get; } = new FallbackWords<T>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance).Create(typeof(T)),
        NullLogger.Instance);
}
