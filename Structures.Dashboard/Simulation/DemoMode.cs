using Microsoft.Extensions.Options;
using Structures.Core.Sso;
using Structures.Core.Webhooks;
using Structures.Dashboard.Simulation.Sso;

namespace Structures.Dashboard.Simulation;

// In the demo the app talks to the simulated EVE server on its own address.
internal static class DemoMode
{
    // Until the server has bound its port the simulator's address is unknown: options validated at start see this
    // placeholder, and are read again once the address is known (SimulationExtensions.LearnSimulatorAddress).
    private const string UnknownAddress = "http://simulator.invalid";

    public static IServiceCollection UseSimulatorForEve(this IServiceCollection services)
    {
        services.AddSingleton<IPostConfigureOptions<EveOptions>, SimulatedEveOptions>();
        // The simulated Discord listens on this machine, over plain HTTP.
        services.PostConfigure<WebhookOptions>(options => options.AllowedHosts.AddRange(["localhost", "127.0.0.1"]));
        return services;
    }

    private sealed class SimulatedEveOptions(IServiceProvider services) : IPostConfigureOptions<EveOptions>
    {
        public void PostConfigure(string? name, EveOptions options)
        {
            SimulationExtensions.LearnSimulatorAddress(services);
            var address = services.GetRequiredService<SimulatorAddress>();
            options.Demo = true;
            options.ClientId = SimulationOptions.DemoClientId;
            options.ClientSecret = SimulationOptions.DemoClientSecret;
            options.SsoBaseUrl = address.IsKnown ? address.SsoBaseUrl : UnknownAddress;
            options.EsiBaseUrl = address.IsKnown ? address.EsiBaseUrl : UnknownAddress;
            options.ImageBaseUrl = address.IsKnown ? address.ImageBaseUrl : UnknownAddress;
        }
    }
}
