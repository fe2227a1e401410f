using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Structures.Core.Notifications.Alerts;

namespace Structures.Core.Notifications;

public static class NotificationsServiceCollectionExtensions
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddFeatureOptions<NotificationOptions, NotificationOptionsValidator>(configuration, NotificationOptions.SectionName);
        services.AddLocalization();
        services.AddSingleton<NotificationFetcher>();
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
}
