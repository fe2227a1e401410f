using Microsoft.Extensions.Options;

namespace Structures.Core.Status;

[OptionsValidator]
internal sealed partial class StatusOptionsValidator : IValidateOptions<StatusOptions>;
