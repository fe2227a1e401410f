using Microsoft.Extensions.DependencyInjection;

namespace Structures.Core.Eve;

public static class EveServiceCollectionExtensions
{
    public static IServiceCollection AddEve(this IServiceCollection services)
    {
        services.AddSingleton<EveUniverse>();
        services.AddSingleton<EveImages>();
        return services;
    }
}
