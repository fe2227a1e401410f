using Quartz;

namespace Structures.Core.Status;

[DisallowConcurrentExecution]
internal sealed class EvaluateStatusJob(ServiceStatus status) : IJob
{
    public static readonly JobKey Key = new("evaluate-status");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await status.EvaluateAsync(cancellationToken);
}
