using Microsoft.Extensions.DependencyInjection;

namespace Structures.Core.Overview;

public static class OverviewServiceCollectionExtensions
{
    public static IServiceCollection AddOverview(this IServiceCollection services) => services.AddSingleton<OperationsOverview>();
}
