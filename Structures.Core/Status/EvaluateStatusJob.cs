using Microsoft.Extensions.Logging;
using Quartz;
using Structures.Core.Scheduling;

namespace Structures.Core.Status;

// Every minute: owners going down or coming back become admin notices.
[DisallowConcurrentExecution]
internal sealed class EvaluateStatusJob(ServiceStatus status, ILogger<EvaluateStatusJob> logger) : IJob
{
    public static readonly JobKey Key = new("evaluate-status");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await JobRun.IsolatedAsync(logger, "Evaluating the service status", () => status.EvaluateAsync(cancellationToken), cancellationToken);
}
