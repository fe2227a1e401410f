using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Structures.Core.Status;

public static class StatusServiceCollectionExtensions
{
    public static IServiceCollection AddStatus(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddFeatureOptions<StatusOptions, StatusOptionsValidator>(configuration, StatusOptions.SectionName);
        services.AddSingleton<ServiceStatus>();
        return services;
    }
}
