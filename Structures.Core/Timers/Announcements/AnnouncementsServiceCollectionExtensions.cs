using Microsoft.Extensions.DependencyInjection;

namespace Structures.Core.Timers.Announcements;

public static class AnnouncementsServiceCollectionExtensions
{
    public static IServiceCollection AddTimerAnnouncements(this IServiceCollection services)
    {
        services.AddSingleton<TimerReminders>();
        services.AddSingleton<UpcomingTimers>();
        return services;
    }
}
