using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
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
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }
}
