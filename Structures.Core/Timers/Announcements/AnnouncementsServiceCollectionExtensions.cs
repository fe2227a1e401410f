using Microsoft.Extensions.DependencyInjection;

namespace Structures.Core.Timers.Announcements;

public static class AnnouncementsServiceCollectionExtensions
{
    public static IServiceCollection AddTimerAnnouncements(this IServiceCollection services)
    {
        services.AddSingleton<TimerAnnouncer>();
        return services;
    }
}
