using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Structures.Core.Data;
using Structures.Core.Sso;
using Structures.Dashboard.Simulation.Control;
using Structures.Dashboard.Simulation.Discord;
using Structures.Dashboard.Simulation.Esi;
using Structures.Dashboard.Simulation.Faults;
using Structures.Dashboard.Simulation.Sso;

namespace Structures.Dashboard.Simulation;

// The one place that wires the simulated EVE server (SSO, ESI, images) and Discord into the app: only when
// Simulation:Enabled is true, and then with the demo's own database.
internal static class SimulationExtensions
{
    public static bool IsEnabled(IConfiguration configuration) =>
        configuration.GetValue<bool>($"{SimulationOptions.SectionName}:{nameof(SimulationOptions.Enabled)}");

    public static IServiceCollection AddEveSimulation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SimulationOptions>().Bind(configuration.GetSection(SimulationOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SimulationOptions>, SimulationOptionsValidator>();
        services.AddSingleton<IValidateOptions<SimulationOptions>, DemoEnvironmentValidator>();
        services.Replace(ServiceDescriptor.Singleton(DatabasePurpose.Demo));
        // Read from configuration rather than from the validated options, so that a bad Simulation setting is
        // reported once, as itself.
        services.AddOptions<DataOptions>().PostConfigure(data => data.ConnectionString =
            configuration.GetSection(SimulationOptions.SectionName).Get<SimulationOptions>()?.ConnectionString ?? new SimulationOptions().ConnectionString);
        services.UseSimulatorForEve();
        services.AddSingleton(SimUniverse.Load());
        services.AddSingleton<SimWorld>();
        services.AddSingleton(provider => new SimStartTime(provider.GetRequiredService<SimWorld>().Now));
        services.AddSingleton(_ => SimulatorAddress.Of(configuration.GetSection(SimulationOptions.SectionName).Get<SimulationOptions>()?.ServerUrl));
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
        // Once at start, in the demo only: not one of Core's recurring jobs (Scheduling/JobSchedule.cs).
        services.AddHostedService<DemoOwnerSeeder>();
        return services;
    }

    public static WebApplication MapEveSimulation(this WebApplication app)
    {
        app.UseSimControlBadInput();
        app.MapSimulatedSso();
        app.MapSimulatedEsi();
        app.MapSimulatedDiscord();
        app.MapSimulatedImages();
        app.MapSimulationControl();
        return app;
    }

    // Razor pages of the demo (the Discord channel) are found by the app's router like any page; without the demo
    // their endpoints are taken out, so that no /demo route exists.
    public static void RemoveSimulationPages(this IEndpointRouteBuilder app)
    {
        var sources = app.DataSources.ToList();
        app.DataSources.Clear();
        foreach (var source in sources)
        {
            app.DataSources.Add(new FilteredEndpointDataSource(source, endpoint =>
                endpoint.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type.Namespace?.StartsWith(typeof(SimulationExtensions).Namespace!, StringComparison.Ordinal) != true));
        }
    }

    // The simulator lives on the app's own Kestrel, so its address is the server's first one, known after binding.
    public static void LearnSimulatorAddress(IServiceProvider services)
    {
        var address = services.GetRequiredService<SimulatorAddress>();
        var bound = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()?
            .Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://[::]", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal);
        // Before the server binds, a configured port 0 (any free port) is not an address yet.
        if (!address.IsKnown && Uri.TryCreate(bound, UriKind.Absolute, out var uri) && uri.Port != 0)
        {
            address.Set(uri.GetLeftPart(UriPartial.Authority));
            // EVE's options were validated at start with a placeholder address: read them again with the real one.
            services.GetRequiredService<IOptionsMonitorCache<EveOptions>>().TryRemove(Options.DefaultName);
        }
    }
}
