using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Structures.Core.Esi;
using Structures.Core.Eve;
using Structures.Core.Live;
using Structures.Core.Owners;
using Structures.Core.Scheduling;
using Structures.Core.Sso;

namespace Structures.Core.Structures;

public static class StructuresServiceCollectionExtensions
{
    public static IServiceCollection AddStructuresSync(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StructuresOptions>().Bind(configuration.GetSection(StructuresOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StructuresOptions>, StructuresOptionsValidator>();
        services.AddOptions<EsiOptions>().Bind(configuration.GetSection(EsiOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EsiOptions>, EsiOptionsValidator>();
        services.AddHttpClient(EsiClient.HttpClientName);
        services.AddSingleton<EsiErrorLimitGuard>();
        services.AddSingleton<EsiRateLimiter>();
        services.AddSingleton<EsiResponseCache>();
        services.AddSingleton<EsiClient>();
        services.AddSingleton<EveTokenRefresher>();
        services.AddSingleton<WrongClientNotice>();
        services.AddSingleton<EveUniverse>();
        services.AddSingleton<DashboardEvents>();
        services.AddSingleton<SyncCharacterPicker>();
        services.AddSingleton<OwnerRegistry>();
        services.AddSingleton<StructureSynchronizer>();
        services.AddSingleton<StructureSyncScheduler>();
        services.AddSingleton<Timers.TimerRecorder>();
        services.AddLocalization();
        services.AddSingleton<Notifications.RenderContextBuilder>();
        services.AddSingleton<Notifications.NotificationForwarder>();
        services.AddSingleton<Notifications.Alerts.GeneratedAlerts>();
        services.AddSingleton<Status.ServiceStatus>();
        services.AddSingleton<Board.StructureBoard>();
        services.AddSingleton<Access.Viewers>();
        services.AddSingleton<Access.CharacterAffiliations>();
        services.AddSingleton<TagAdministration>();
        services.AddSingleton<Data.DataPurge>();
        services.AddSingleton<Notifications.Alerts.FuelAlertAdministration>();
        services.AddSingleton<Notifications.NotificationList>();
        services.AddSingleton<Notifications.NotificationResender>();
        services.AddSingleton<Board.StructureDetails>();
        services.AddSingleton<Access.GrantAdministration>();
        services.AddSingleton<Owners.OwnerOverview>();
        services.AddSingleton<Timers.TimerBoard>();
        services.AddSingleton<Notices.AdminNoticeList>();
        services.AddSingleton<Notifications.NotificationFetcher>();
        services.AddSingleton<Notifications.NotificationFetchScheduler>();
        services.AddOptions<Webhooks.WebhookOptions>().Bind(configuration.GetSection(Webhooks.WebhookOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<Webhooks.WebhookOptions>, Webhooks.WebhookOptionsValidator>();
        services.AddHttpClient(Discord.DiscordWebhookClient.HttpClientName)
            .ConfigureHttpClient((provider, client) => client.Timeout = provider.GetRequiredService<IOptions<Webhooks.WebhookOptions>>().Value.Timeout);
        services.AddSingleton<Discord.DiscordWebhookClient>();
        services.AddSingleton<Webhooks.DispatchSignal>();
        services.AddSingleton<Webhooks.WebhookOutbox>();
        services.AddSingleton<Webhooks.WebhookDispatcher>();
        services.AddSingleton<Webhooks.WebhookTester>();
        services.AddSingleton<Webhooks.WebhookAdministration>();
        services.AddSingleton<Owners.OwnerAdministration>();
        if (configuration.GetValue($"{StructuresOptions.SectionName}:{nameof(StructuresOptions.SchedulerEnabled)}", true))
        {
            services.AddHostedService<Webhooks.WebhookDispatchService>();
        }

        services.AddStructuresSchedule(configuration);
        return services;
    }
}
