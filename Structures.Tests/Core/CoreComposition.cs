using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Structures.Core;

namespace Structures.Tests.Core;

// Core's services composed from these settings as the app composes them, without starting anything.
internal static class CoreComposition
{
    // What a real install must set for Core's own checks at start to pass.
    public static readonly IReadOnlyDictionary<string, string?> Installed = new Dictionary<string, string?>
    {
        ["Eve:ClientId"] = "client", ["Eve:ClientSecret"] = "secret",
    };

    public static readonly IReadOnlyDictionary<string, string?> Defaults = new Dictionary<string, string?>();

    public static ServiceCollection Services(IReadOnlyDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Installed).AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddStructuresCore(configuration);
        return services;
    }

    // Core's checks at start (every ValidateOnStart), as the host runs them before it starts.
    public static void ValidateAtStart(IReadOnlyDictionary<string, string?> settings)
    {
        using var provider = Services(settings).BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
    }

    public static TOptions Options<TOptions>(IReadOnlyDictionary<string, string?> settings)
        where TOptions : class
    {
        using var provider = Services(settings).BuildServiceProvider();
        return provider.GetRequiredService<IOptions<TOptions>>().Value;
    }

    // One property of the options these settings give, as text: TimeSpan as days.hours:minutes:seconds, lists joined.
    public static string Read(IReadOnlyDictionary<string, string?> settings, Type options, string property)
    {
        using var provider = Services(settings).BuildServiceProvider();
        var accessor = provider.GetRequiredService(typeof(IOptions<>).MakeGenericType(options));
        var value = accessor.GetType().GetProperty(nameof(IOptions<object>.Value))!.GetValue(accessor);
        return Text(options.GetProperty(property)!.GetValue(value));
    }

    private static string Text(object? value) => value switch
    {
        TimeSpan span => span.ToString("c", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IEnumerable<long> list => string.Join(",", list),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "",
    };
}
