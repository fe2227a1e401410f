using Microsoft.Extensions.Options;

namespace Structures.Core.Data;

[OptionsValidator]
internal sealed partial class RetentionOptionsValidator : IValidateOptions<RetentionOptions>;
