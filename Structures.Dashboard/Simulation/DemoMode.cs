using Microsoft.Extensions.Options;
using Structures.Core.Sso;
using Structures.Core.Webhooks;
using Structures.Dashboard.Simulation.Sso;

namespace Structures.Dashboard.Simulation;

// With no EVE application configured, the app talks to the simulated EVE server on its own address.
public static class DemoMode
{
    public static bool IsOn(IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(configuration[$"{EveOptions.SectionName}:{nameof(EveOptions.ClientId)}"]);

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
            options.SsoBaseUrl = address.SsoBaseUrl;
            options.EsiBaseUrl = address.EsiBaseUrl;
            options.ImageBaseUrl = address.ImageBaseUrl;
        }
    }
}
