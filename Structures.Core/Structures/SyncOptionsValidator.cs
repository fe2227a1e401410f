using Microsoft.Extensions.Options;

namespace Structures.Core.Structures;

[OptionsValidator]
internal sealed partial class SyncOptionsValidator : IValidateOptions<SyncOptions>;
