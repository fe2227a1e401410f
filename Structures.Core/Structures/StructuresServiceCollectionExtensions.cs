using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Structures.Core.Notifications;
using Structures.Core.Structures.Board;
using Structures.Core.Structures.CustomsOffices;
using Structures.Core.Structures.Fuel;
using Structures.Core.Structures.History;

namespace Structures.Core.Structures;

public static class StructuresServiceCollectionExtensions
{
    public static IServiceCollection AddStructures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddFeatureOptions<SyncOptions, SyncOptionsValidator>(configuration, SyncOptions.SectionName);
        services.AddFeatureOptions<BoardOptions, BoardOptionsValidator>(configuration, BoardOptions.SectionName);
        services.AddSingleton<StructureSynchronizer>();
        services.AddSingleton<StructureSyncScheduler>();
        services.AddFallbackWords<TagWords>();
        services.AddSingleton<TagAdministration>();
        services.AddSingleton<OverlayFactCache>();
        services.AddSingleton<StructureBoard>();
        services.AddSingleton<StructureDetails>();
        services.AddSingleton<StructureHistory>();
        services.AddSingleton<FuelPicture>();
        services.AddSingleton<CustomsOfficeList>();
        return services;
    }
}
