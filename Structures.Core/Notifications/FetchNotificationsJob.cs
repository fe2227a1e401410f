using Quartz;

namespace Structures.Core.Notifications;

[DisallowConcurrentExecution]
internal sealed class FetchNotificationsJob(NotificationFetchScheduler scheduler) : IJob
{
    public static readonly JobKey Key = new("fetch-notifications");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await scheduler.FetchDueAsync(cancellationToken);
}
