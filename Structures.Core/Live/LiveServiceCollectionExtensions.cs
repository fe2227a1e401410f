using Microsoft.Extensions.DependencyInjection;

namespace Structures.Core.Live;

public static class LiveServiceCollectionExtensions
{
    public static IServiceCollection AddLive(this IServiceCollection services) => services.AddSingleton<DashboardEvents>();
}
