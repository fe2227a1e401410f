using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Structures.Core.Notifications;

namespace Structures.Core.Access;

public static class AccessServiceCollectionExtensions
{
    public static IServiceCollection AddAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddFeatureOptions<AccessOptions>(configuration, AccessOptions.SectionName);
        services.AddFallbackWords<PermissionWords>();
        services.AddSingleton<Viewers>();
        services.AddSingleton<SignInRecorder>();
        services.AddSingleton<CharacterAffiliations>();
        services.AddSingleton<GrantAdministration>();
        services.AddSingleton<GranteeLookup>();
        return services;
    }
}
