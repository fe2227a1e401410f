using Microsoft.Extensions.Logging;
using Quartz;

namespace Structures.Core.Status;

// A run that fails (the database locked or broken) is logged; the next minute's run tries again.
[DisallowConcurrentExecution]
internal sealed partial class EvaluateStatusJob(ServiceStatus status, ILogger<EvaluateStatusJob> logger) : IJob
{
    public static readonly JobKey Key = new("evaluate-status");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await status.EvaluateAsync(cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(ex);
        }
    }

    [LoggerMessage(LogLevel.Error, "Evaluating the service status failed; the next run, in a minute, tries again")]
    private partial void LogFailed(Exception exception);
}
