using Microsoft.Extensions.Options;

namespace Structures.Dashboard.Simulation;

// Anyone can sign in to the demo as its admin on the simulated SSO page, and its control endpoints answer without
// sign-in: it must never run where others can reach it.
internal sealed class DemoEnvironmentValidator(IHostEnvironment environment) : IValidateOptions<SimulationOptions>
{
    public ValidateOptionsResult Validate(string? name, SimulationOptions options) =>
        !options.Enabled || environment.IsDevelopment()
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Simulation:Enabled is true in the {environment.EnvironmentName} environment. The demo runs only in Development: " +
                "set Simulation:Enabled=false and give Eve:ClientId and Eve:ClientSecret (see the README).");
}
