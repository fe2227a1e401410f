using Microsoft.Extensions.DependencyInjection;

namespace Structures.Core.Cluster;

public static class ClusterServiceCollectionExtensions
{
    public static IServiceCollection AddCluster(this IServiceCollection services)
    {
        services.AddSingleton<InstanceIdentity>();
        services.AddSingleton<WorkLeases>();
        return services;
    }
}
