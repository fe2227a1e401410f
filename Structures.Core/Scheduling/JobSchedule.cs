using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Structures.Core.Access;
using Structures.Core.Data;
using Structures.Core.Notifications;
using Structures.Core.Notifications.Alerts;
using Structures.Core.Status;
using Structures.Core.Structures;
using Structures.Core.Timers.Announcements;
using Structures.Core.Webhooks;

namespace Structures.Core.Scheduling;

// Everything that runs by itself, and when: the Quartz jobs and the background loops. Work done once at start-up is
// not listed: the database migration (Data/DatabaseMigrator, registered by AddData) must finish before anything here
// runs, and the demo adds its owners once at its start (in the Dashboard's simulation, which only the demo has).
public static class JobSchedule
{
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddFeatureOptions<SchedulingOptions, SchedulingOptionsValidator>(configuration, SchedulingOptions.SectionName);
        services.AddSingleton<OwnerWorkClaims>();
        var scheduling = FeatureOptions.Read<SchedulingOptions>(configuration, SchedulingOptions.SectionName);
        if (!scheduling.Enabled)
        {
            return services;
        }

        // Several instances share PostgreSQL: Quartz keeps the triggers there and each fires on one of them (ClusteredJobStore).
        var data = configuration.GetSection(DataOptions.SectionName).Get<DataOptions>() ?? new DataOptions();
        var clustered = data.IsShared;

        // Discord delivery: one worker per webhook with queued messages, started by a signal when messages are queued
        // and by a sweep every Webhooks:SweepInterval. Registered before the jobs, so it stops after them.
        services.AddHostedService<WebhookDispatchService>();

        services.AddQuartz(quartz =>
        {
            if (clustered)
            {
                quartz.UseClusteredStore(data.ConnectionString, scheduling.ClusterCheckinInterval);
            }
            else
            {
                // Structure sync: checked every minute, each owner synced once per interval in its own slot. With several
                // instances each checks on its own instead (OwnerSyncLoop), so that the owners are split between them.
                quartz.AddJob<SyncStructuresJob>(job => job.WithIdentity(SyncStructuresJob.Key));
                quartz.AddTrigger(trigger => trigger.ForJob(SyncStructuresJob.Key)
                    .WithIdentity("sync-structures-every-minute")
                    .StartAt(TimeProvider.System.GetUtcNow().AddMinutes(1))
                    .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(1)).RepeatForever()));
            }

            // Service status: each owner's stages checked every minute; changes become admin notices.
            quartz.AddJob<EvaluateStatusJob>(job => job.WithIdentity(EvaluateStatusJob.Key));
            quartz.AddTrigger(trigger => trigger.ForJob(EvaluateStatusJob.Key)
                .WithIdentity("evaluate-status-every-minute")
                .StartAt(TimeProvider.System.GetUtcNow().AddMinutes(1))
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(1)).RepeatForever()));

            // Signed-in characters' corporations and alliances, which decide what their users see: every hour.
            quartz.AddJob<RefreshAffiliationsJob>(job => job.WithIdentity(RefreshAffiliationsJob.Key));
            quartz.AddTrigger(trigger => trigger.ForJob(RefreshAffiliationsJob.Key)
                .WithIdentity("refresh-affiliations-every-hour")
                .StartAt(TimeProvider.System.GetUtcNow().AddMinutes(3))
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromHours(1)).RepeatForever()));

            // Generated fuel and liquid-ozone alerts: after each owner's sync (StructureSynchronizer) and every five minutes.
            quartz.AddJob<EvaluateAlertsJob>(job => job.WithIdentity(EvaluateAlertsJob.Key));
            quartz.AddTrigger(trigger => trigger.ForJob(EvaluateAlertsJob.Key)
                .WithIdentity("evaluate-alerts-every-5-minutes")
                .StartAt(TimeProvider.System.GetUtcNow().AddMinutes(2))
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(5)).RepeatForever()));

            // Timer reminders due and upcoming-timers messages to edit (Timers/Announcements): every 30 seconds.
            quartz.AddJob<AnnounceTimersJob>(job => job.WithIdentity(AnnounceTimersJob.Key));
            quartz.AddTrigger(trigger => trigger.ForJob(AnnounceTimersJob.Key)
                .WithIdentity("announce-timers-every-30-seconds")
                .StartAt(TimeProvider.System.GetUtcNow().AddSeconds(30))
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(30)).RepeatForever()));

            // Retention: what has outlived its age (Retention:*) is deleted once a day.
            quartz.AddJob<RetentionJob>(job => job.WithIdentity(RetentionJob.Key));
            quartz.AddTrigger(trigger => trigger.ForJob(RetentionJob.Key)
                .WithIdentity("retention-every-day")
                .StartAt(TimeProvider.System.GetUtcNow().AddMinutes(10))
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromDays(1)).RepeatForever()));
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);

        // Notifications: no beat; each owner is fetched the moment a character's ESI cache expires and its turn has come.
        // With several instances every one runs this loop, and each owner's fetch is claimed by one of them.
        services.AddHostedService<NotificationFetchService>();
        if (clustered)
        {
            services.AddHostedService<OwnerSyncLoop>();
        }

        return services;
    }
}
