using Microsoft.Extensions.DependencyInjection;

namespace Structures.Core.Discord;

public static class DiscordServiceCollectionExtensions
{
    public static IServiceCollection AddDiscord(this IServiceCollection services)
    {
        // One pool for the app's life instead of a new one every two minutes, so an alert finds the connection to
        // Discord open (its TLS handshake paid) after a quiet spell; connections are still renewed for DNS changes.
        services.AddHttpClient(DiscordWebhookClient.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(15),
                PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.AddSingleton<DiscordWebhookClient>();
        return services;
    }
}
