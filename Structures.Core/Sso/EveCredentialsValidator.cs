using Microsoft.Extensions.Options;

namespace Structures.Core.Sso;

// Without the demo there is nothing to talk to but EVE, and EVE needs the application's keys: start no further.
internal sealed class EveCredentialsValidator : IValidateOptions<EveOptions>
{
    public const string Missing =
        "Eve:ClientId and Eve:ClientSecret are not set. Set them to your EVE application's keys (environment variables " +
        "Eve__ClientId and Eve__ClientSecret, see the README), or run the demo with Simulation:Enabled=true in Development.";

    public ValidateOptionsResult Validate(string? name, EveOptions options) =>
        options.Demo || (!string.IsNullOrWhiteSpace(options.ClientId) && !string.IsNullOrWhiteSpace(options.ClientSecret))
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(Missing);
}
