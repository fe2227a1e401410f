using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Structures.Core.Notifications;
using Structures.Core.Structures;

namespace Structures.Core.Scheduling;

// Every recurring job and when it runs, in one place.
public static class JobSchedule
{
    public static IServiceCollection AddStructuresSchedule(this IServiceCollection services, IConfiguration configuration)
    {
        if (!configuration.GetValue($"{StructuresOptions.SectionName}:{nameof(StructuresOptions.SchedulerEnabled)}", true))
        {
            return services;
        }

        services.AddQuartz(quartz =>
        {
            // Structure sync: checked every minute, each owner synced once per interval in its own slot.
            quartz.AddJob<SyncStructuresJob>(job => job.WithIdentity(SyncStructuresJob.Key));
            quartz.AddTrigger(trigger => trigger.ForJob(SyncStructuresJob.Key)
                .WithIdentity("sync-structures-every-minute")
                .StartAt(TimeProvider.System.GetUtcNow().AddMinutes(1))
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(1)).RepeatForever()));

            // Service status: each owner's stages checked every minute; changes become admin notices.
            quartz.AddJob<Status.EvaluateStatusJob>(job => job.WithIdentity(Status.EvaluateStatusJob.Key));
            quartz.AddTrigger(trigger => trigger.ForJob(Status.EvaluateStatusJob.Key)
                .WithIdentity("evaluate-status-every-minute")
                .StartAt(TimeProvider.System.GetUtcNow().AddMinutes(1))
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(1)).RepeatForever()));

            // Signed-in characters' corporations and alliances, which decide what their users see: every hour.
            quartz.AddJob<Access.RefreshAffiliationsJob>(job => job.WithIdentity(Access.RefreshAffiliationsJob.Key));
            quartz.AddTrigger(trigger => trigger.ForJob(Access.RefreshAffiliationsJob.Key)
                .WithIdentity("refresh-affiliations-every-hour")
                .StartAt(TimeProvider.System.GetUtcNow().AddMinutes(3))
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromHours(1)).RepeatForever()));

            // Generated fuel and liquid-ozone alerts: after each owner's sync (StructureSynchronizer) and every five minutes.
            quartz.AddJob<Notifications.Alerts.EvaluateAlertsJob>(job => job.WithIdentity(Notifications.Alerts.EvaluateAlertsJob.Key));
            quartz.AddTrigger(trigger => trigger.ForJob(Notifications.Alerts.EvaluateAlertsJob.Key)
                .WithIdentity("evaluate-alerts-every-5-minutes")
                .StartAt(TimeProvider.System.GetUtcNow().AddMinutes(2))
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(5)).RepeatForever()));

            // Retention: what has outlived its age (Retention:*) is deleted once a day.
            quartz.AddJob<Data.RetentionJob>(job => job.WithIdentity(Data.RetentionJob.Key));
            quartz.AddTrigger(trigger => trigger.ForJob(Data.RetentionJob.Key)
                .WithIdentity("retention-every-day")
                .StartAt(TimeProvider.System.GetUtcNow().AddMinutes(10))
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromDays(1)).RepeatForever()));
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);

        // Notifications: no beat; each owner is fetched the moment a character's ESI cache expires and its turn has come.
        services.AddHostedService<NotificationFetchService>();
        return services;
    }
}
