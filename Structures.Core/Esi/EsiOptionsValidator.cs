using Microsoft.Extensions.Options;

namespace Structures.Core.Esi;

[OptionsValidator]
internal sealed partial class EsiOptionsValidator : IValidateOptions<EsiOptions>;
