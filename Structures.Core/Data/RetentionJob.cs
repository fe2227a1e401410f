using Quartz;

namespace Structures.Core.Data;

[DisallowConcurrentExecution]
internal sealed class RetentionJob(RetentionSweep sweep) : IJob
{
    public static readonly JobKey Key = new("retention");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await sweep.SweepAsync(cancellationToken);
}
