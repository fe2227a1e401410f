using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Structures.Core.Notices;

public static class NoticesServiceCollectionExtensions
{
    public static IServiceCollection AddNotices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddFeatureOptions<NoticeOptions>(configuration, NoticeOptions.SectionName);
        services.AddSingleton<AdminNoticeList>();
        return services;
    }
}
