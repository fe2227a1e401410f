using Microsoft.Extensions.Options;

namespace Structures.Core.Scheduling;

[OptionsValidator]
internal sealed partial class SchedulingOptionsValidator : IValidateOptions<SchedulingOptions>;
