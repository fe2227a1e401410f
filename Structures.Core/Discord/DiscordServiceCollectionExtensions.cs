using Microsoft.Extensions.DependencyInjection;

namespace Structures.Core.Discord;

public static class DiscordServiceCollectionExtensions
{
    public static IServiceCollection AddDiscord(this IServiceCollection services)
    {
        services.AddHttpClient(DiscordWebhookClient.HttpClientName);
        services.AddSingleton<DiscordWebhookClient>();
        return services;
    }
}
