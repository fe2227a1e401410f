using Microsoft.Extensions.DependencyInjection;
using Structures.Core.Notifications;

namespace Structures.Core.Timers.Announcements;

public static class AnnouncementsServiceCollectionExtensions
{
    public static IServiceCollection AddTimerAnnouncements(this IServiceCollection services)
    {
        services.AddFallbackWords<TimerWords>();
        services.AddSingleton<TimerAnnouncer>();
        return services;
    }
}
