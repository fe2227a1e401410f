using Microsoft.Extensions.Options;

namespace Structures.Dashboard.Hosting;

[OptionsValidator]
internal sealed partial class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>;
