using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Structures.Core;

// How a feature's options under "Structures" are bound: first from the old flat names (LegacySettingNames), then
// from the feature's own section, validated at start by the feature's source-generated validator.
public static class FeatureOptions
{
    public static OptionsBuilder<TOptions> AddFeatureOptions<TOptions, TValidator>(this IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>, new()
    {
        services.AddSingleton<IValidateOptions<TOptions>>(new OldNameValidator<TOptions>(new TValidator(), configuration, section));
        return services.AddFeatureOptions<TOptions>(configuration, section);
    }

    // Options with no rule beyond their types are still read at start, so a value of the wrong type stops it.
    public static OptionsBuilder<TOptions> AddFeatureOptions<TOptions>(this IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class =>
        services.AddOptions<TOptions>()
            .Configure(options => LegacySettingNames.Translate(configuration, section).GetSection(section).Bind(options))
            .Bind(configuration.GetSection(section))
            .ValidateOnStart();

    // The same reading, for the few choices made while the services are composed.
    public static TOptions Read<TOptions>(IConfiguration configuration, string section)
        where TOptions : class, new()
    {
        var options = new TOptions();
        LegacySettingNames.Translate(configuration, section).GetSection(section).Bind(options);
        configuration.GetSection(section).Bind(options);
        return options;
    }

    // A refused value given under its old name is named as given, so the refusal says what to change.
    private sealed class OldNameValidator<TOptions>(IValidateOptions<TOptions> validator, IConfiguration configuration, string section)
        : IValidateOptions<TOptions>
        where TOptions : class
    {
        public ValidateOptionsResult Validate(string? name, TOptions options)
        {
            var result = validator.Validate(name, options);
            if (!result.Failed)
            {
                return result;
            }

            var given = LegacySettingNames.GivenFor(configuration, section)
                .Where(s => result.FailureMessage.Contains(s.Property, StringComparison.Ordinal))
                .Select(s => $"{s.OldKey} = {configuration[s.OldKey]} is the old name of {s.NewKey}.");
            return ValidateOptionsResult.Fail(result.Failures!.Concat(given));
        }
    }
}
