using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Structures.Core.Notifications;

namespace Structures.Core.Timers;

public static class TimersServiceCollectionExtensions
{
    public static IServiceCollection AddTimers(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddFeatureOptions<TimerOptions>(configuration, TimerOptions.SectionName);
        services.AddSingleton<TimerRecorder>();
        services.AddSingleton<TimerBoard>();
        services.AddFallbackWords<ManualTimerWords>();
        services.AddSingleton<ManualTimers>();
        services.AddSingleton<TimerFeeds>();
        return services;
    }
}
