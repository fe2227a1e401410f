using Microsoft.Extensions.DependencyInjection;
using Structures.Core.Notifications;

namespace Structures.Core.Owners;

public static class OwnersServiceCollectionExtensions
{
    public static IServiceCollection AddOwners(this IServiceCollection services)
    {
        services.AddFallbackWords<OwnerAdminWords>();
        services.AddSingleton<SyncCharacterPicker>();
        services.AddSingleton<OwnerRegistry>();
        services.AddSingleton<OwnerAdministration>();
        services.AddSingleton<OwnerOverview>();
        services.AddSingleton<OwnerAffiliations>();
        services.AddSingleton<DisabledSyncCharacters>();
        return services;
    }
}
