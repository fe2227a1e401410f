using Microsoft.Extensions.Options;

namespace Structures.Core.Webhooks;

// A lease shorter than a post may take would let another instance send the same messages while Discord answers.
internal sealed class WebhookDispatchLeaseValidator : IValidateOptions<WebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhookOptions options) =>
        options.LeaseDuration > options.Timeout
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Webhooks:LeaseDuration ({options.LeaseDuration}) must be longer than Webhooks:Timeout ({options.Timeout}).");
}
