using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Structures.Dashboard.Simulation.Control;
using Structures.Dashboard.Simulation.Discord;
using Structures.Dashboard.Simulation.Esi;
using Structures.Dashboard.Simulation.Faults;
using Structures.Dashboard.Simulation.Sso;

namespace Structures.Dashboard.Simulation;

// The one place that wires the simulated EVE server (SSO, ESI, images) and Discord into the app.
public static class SimulationExtensions
{
    public static IServiceCollection AddEveSimulation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SimulationOptions>().Bind(configuration.GetSection(SimulationOptions.SectionName));
        services.AddSingleton(SimUniverse.Load());
        services.AddSingleton<SimWorld>();
        services.AddSingleton(provider => new SimStartTime(provider.GetRequiredService<SimWorld>().Now));
        services.AddSingleton<SimulatorAddress>();
        services.AddSingleton<SimClients>();
        services.AddSingleton<SimTokenService>();
        services.AddSingleton<SimFaults>();
        services.AddSingleton<SimErrorLimiter>();
        services.AddSingleton<SimRateLimiter>();
        services.AddSingleton<SimEsiCache>();
        services.AddSingleton<EsiResponder>();
        services.AddSingleton<EsiCorporationViews>();
        services.AddSingleton<EsiUniverseViews>();
        services.AddSingleton<SimDiscordChannel>();
        services.AddSingleton<SimDiscordRateLimiter>();
        services.AddSingleton<SimNotificationFactory>();
        services.AddSingleton<DemoSeeding>();
        services.AddHostedService<DemoOwnerSeeder>();
        return services;
    }

    public static WebApplication MapEveSimulation(this WebApplication app)
    {
        app.MapSimulatedSso();
        app.MapSimulatedEsi();
        app.MapSimulatedDiscord();
        app.MapSimulatedImages();
        app.MapSimulationControl();
        return app;
    }

    // The simulator lives on the app's own Kestrel, so its address is the server's first one, known after binding.
    public static void LearnSimulatorAddress(IServiceProvider services)
    {
        var address = services.GetRequiredService<SimulatorAddress>();
        var bound = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (!address.IsKnown && bound is not null)
        {
            address.Set(bound.Replace("://+", "://localhost", StringComparison.Ordinal)
                .Replace("://*", "://localhost", StringComparison.Ordinal)
                .Replace("://[::]", "://localhost", StringComparison.Ordinal)
                .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal));
        }
    }
}
