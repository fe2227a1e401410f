using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Structures.Core.Discord;
using Structures.Core.Notifications;

namespace Structures.Core.Webhooks;

public static class WebhooksServiceCollectionExtensions
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>();
        services.AddSingleton<IValidateOptions<WebhookOptions>, WebhookDispatchLeaseValidator>();
        // How long Discord may take to answer is a delivery rule, so the transport's client takes it from here.
        services.AddHttpClient(DiscordWebhookClient.HttpClientName)
            .ConfigureHttpClient((provider, client) => client.Timeout = provider.GetRequiredService<IOptions<WebhookOptions>>().Value.Timeout);
        services.AddSingleton<DispatchSignal>();
        services.AddSingleton<WebhookOutbox>();
        services.AddSingleton<WebhookDispatchLease>();
        services.AddSingleton<WebhookDispatcher>();
        services.AddSingleton<WebhookLookup>();
        services.AddFallbackWords<WebhookAdminWords>();
        services.AddSingleton<WebhookTester>();
        services.AddSingleton<WebhookAdministration>();
        services.AddSingleton<WebhookTypePings>();
        return services;
    }
}
