using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Structures.Core.Data;

namespace Structures.Core.Live;

public static class LiveServiceCollectionExtensions
{
    // On PostgreSQL, where several instances may share the database, the feed also crosses instances
    // (LISTEN/NOTIFY); SQLite is one instance only, so its feed stays in the process.
    public static IServiceCollection AddLive(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<DashboardEvents>();
        if (configuration.GetSection(DataOptions.SectionName).Get<DataOptions>()?.IsShared == true)
        {
            services.AddSingleton<ClusterFeedSender>();
            services.AddHostedService(services => services.GetRequiredService<ClusterFeedSender>());
            services.AddSingleton<ClusterFeedListener>();
            services.AddHostedService(services => services.GetRequiredService<ClusterFeedListener>());
        }

        return services;
    }
}
