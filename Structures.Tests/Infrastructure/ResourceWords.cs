using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Structures.Core.Notifications.Rendering;

namespace Structures.Tests.Infrastructure;

// The words of Core's resource files as the app reads them: a resource localizer, as AddLocalization() registers it,
// behind the English fallback the app puts in front of message words.
internal static class ResourceWords
{
    private static readonly ResourceManagerStringLocalizerFactory Factory = new(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);

    public static IStringLocalizer<T> For<T>(ILogger? logger = null) => new FallbackWords<T>(Factory.Create(typeof(T)), logger ?? NullLogger.Instance);
}
