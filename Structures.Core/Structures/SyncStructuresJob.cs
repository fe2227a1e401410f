using Microsoft.Extensions.Logging;
using Quartz;
using Structures.Core.Scheduling;

namespace Structures.Core.Structures;

// Runs every minute; the scheduler decides which owners are due and isolates each owner's sync.
[DisallowConcurrentExecution]
internal sealed class SyncStructuresJob(StructureSyncScheduler scheduler, ILogger<SyncStructuresJob> logger) : IJob
{
    public static readonly JobKey Key = new("sync-structures");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await JobRun.IsolatedAsync(logger, "Looking for owners whose structures are due", () => scheduler.SyncDueAsync(cancellationToken), cancellationToken);
}
