using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Structures.Core.Notifications.Alerts;
using Structures.Core.Notifications.Rendering;

namespace Structures.Core.Notifications;

public static class NotificationsServiceCollectionExtensions
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddFeatureOptions<NotificationOptions, NotificationOptionsValidator>(configuration, NotificationOptions.SectionName);
        services.AddLocalization();
        services.AddFallbackWords<NotificationWords>();
        services.AddFallbackWords<NotificationAdminWords>();
        services.AddSingleton<NotificationFetcher>();
        services.AddSingleton<AlertPathRehearsal>();
        services.AddSingleton<NotificationFetchScheduler>();
        services.AddSingleton<RenderContextBuilder>();
        services.AddSingleton<NotificationForwarder>();
        services.AddSingleton<NotificationResender>();
        services.AddSingleton<NotificationSummaries>();
        services.AddSingleton<NotificationList>();
        services.AddSingleton<GeneratedAlerts>();
        services.AddSingleton<FuelAlertAdministration>();
        return services;
    }

    // The words of a kind of message, each written in English where its translation is missing or broken.
    public static IServiceCollection AddFallbackWords<T>(this IServiceCollection services) =>
        services.AddSingleton<IStringLocalizer<T>>(provider => new FallbackWords<T>(
            provider.GetRequiredService<IStringLocalizerFactory>().Create(typeof(T)), provider.GetRequiredService<ILogger<FallbackWords<T>>>()));
}
