using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Structures.Core.Data;
using Structures.Core.Esi;
using Structures.Core.Notifications;

namespace Structures.Core.Notices;

public static class NoticesServiceCollectionExtensions
{
    public static IServiceCollection AddNotices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddFeatureOptions<NoticeOptions>(configuration, NoticeOptions.SectionName);
        services.AddFallbackWords<NoticeWords>();
        services.AddFallbackWords<ErrorWords>();
        services.AddSingleton<AdminNoticeList>();
        services.AddSingleton<AdminNoticeRelay>();
        // Added to the context however the database is set up (Data/), so every saved notice is relayed.
        services.ConfigureDbContext<StructuresDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<AdminNoticeRelay>()), ServiceLifetime.Singleton);
        return services;
    }
}
