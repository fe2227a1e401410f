using Microsoft.Extensions.Logging;
using Quartz;
using Structures.Core.Scheduling;

namespace Structures.Core.Timers.Announcements;

// Reminders that came due and upcoming-timers messages whose list changed, each run on its own.
[DisallowConcurrentExecution]
internal sealed class AnnounceTimersJob(TimerAnnouncer announcer, ILogger<AnnounceTimersJob> logger) : IJob
{
    public static readonly JobKey Key = new("announce-timers");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await JobRun.IsolatedAsync(logger, "Queuing timer reminders", () => announcer.SendDueRemindersAsync(cancellationToken), cancellationToken);
        await JobRun.IsolatedAsync(logger, "Updating upcoming-timers messages", () => announcer.RefreshUpcomingAsync(cancellationToken), cancellationToken);
    }
}
