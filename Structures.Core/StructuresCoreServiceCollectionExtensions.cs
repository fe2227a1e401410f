using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Structures.Core.Access;
using Structures.Core.Cluster;
using Structures.Core.Data;
using Structures.Core.Discord;
using Structures.Core.Esi;
using Structures.Core.Eve;
using Structures.Core.Live;
using Structures.Core.Notices;
using Structures.Core.Notifications;
using Structures.Core.Overview;
using Structures.Core.Owners;
using Structures.Core.Scheduling;
using Structures.Core.Statistics;
using Structures.Core.Sso;
using Structures.Core.Status;
using Structures.Core.Structures;
using Structures.Core.Telemetry;
using Structures.Core.Timers;
using Structures.Core.Timers.Announcements;
using Structures.Core.Webhooks;

namespace Structures.Core;

// Every Core feature, each registered by its own folder with its options; what runs when is in Scheduling.
public static class StructuresCoreServiceCollectionExtensions
{
    public static IServiceCollection AddStructuresCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddData(configuration);
        services.AddCluster();
        services.AddEve();
        services.AddEsi(configuration);
        services.AddSso(configuration);
        services.AddAccess(configuration);
        services.AddOwners();
        services.AddLive();
        services.AddStructures(configuration);
        services.AddNotifications(configuration);
        services.AddTimers(configuration);
        services.AddTimerAnnouncements();
        services.AddDiscord();
        services.AddWebhooks(configuration);
        services.AddNotices(configuration);
        services.AddStatus(configuration);
        services.AddOverview();
        services.AddStatistics();
        services.AddTelemetry(configuration);
        services.AddScheduling(configuration);
        return services;
    }
}
