using Quartz;

namespace Structures.Core.Structures;

// Runs every minute; the scheduler decides which owners are due.
[DisallowConcurrentExecution]
internal sealed class SyncStructuresJob(StructureSyncScheduler scheduler) : IJob
{
    public static readonly JobKey Key = new("sync-structures");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await scheduler.SyncDueAsync(cancellationToken);
}
