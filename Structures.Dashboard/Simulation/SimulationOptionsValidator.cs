using Microsoft.Extensions.Options;

namespace Structures.Dashboard.Simulation;

[OptionsValidator]
internal sealed partial class SimulationOptionsValidator : IValidateOptions<SimulationOptions>;
