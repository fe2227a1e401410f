using Microsoft.Extensions.Options;

namespace Structures.Core.Sso;

[OptionsValidator]
internal sealed partial class EveOptionsValidator : IValidateOptions<EveOptions>;
