using Microsoft.Extensions.Logging;
using Quartz;

namespace Structures.Core.Structures;

// Runs every minute; the scheduler decides which owners are due and isolates each owner's sync. Finding the due
// owners can fail on its own (the database locked or broken): that is logged, and the next minute tries again.
[DisallowConcurrentExecution]
internal sealed partial class SyncStructuresJob(StructureSyncScheduler scheduler, ILogger<SyncStructuresJob> logger) : IJob
{
    public static readonly JobKey Key = new("sync-structures");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await scheduler.SyncDueAsync(cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(ex);
        }
    }

    [LoggerMessage(LogLevel.Error, "Looking for owners whose structures are due failed; the next run, in a minute, tries again")]
    private partial void LogFailed(Exception exception);
}
