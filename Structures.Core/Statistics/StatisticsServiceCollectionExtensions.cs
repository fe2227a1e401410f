using Microsoft.Extensions.DependencyInjection;

namespace Structures.Core.Statistics;

public static class StatisticsServiceCollectionExtensions
{
    public static IServiceCollection AddStatistics(this IServiceCollection services) => services.AddSingleton<StructureStatistics>();
}
