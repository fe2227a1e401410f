using Microsoft.Extensions.DependencyInjection;

namespace Structures.Core.Owners;

public static class OwnersServiceCollectionExtensions
{
    public static IServiceCollection AddOwners(this IServiceCollection services)
    {
        services.AddSingleton<SyncCharacterPicker>();
        services.AddSingleton<OwnerRegistry>();
        services.AddSingleton<OwnerAdministration>();
        services.AddSingleton<OwnerOverview>();
        services.AddSingleton<OwnerAffiliations>();
        services.AddSingleton<DisabledSyncCharacters>();
        return services;
    }
}
