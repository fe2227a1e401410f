using Microsoft.Extensions.Options;

namespace Structures.Core.Webhooks;

[OptionsValidator]
internal sealed partial class WebhookOptionsValidator : IValidateOptions<WebhookOptions>;
