using Microsoft.Extensions.Logging;
using Quartz;

namespace Structures.Core.Notifications.Alerts;

// Fuel burns between syncs too: alerts are looked at every few minutes. A run that fails (the database locked or
// broken) is logged; the next run tries again, and alerts that were due then go out.
[DisallowConcurrentExecution]
internal sealed partial class EvaluateAlertsJob(GeneratedAlerts alerts, ILogger<EvaluateAlertsJob> logger) : IJob
{
    public static readonly JobKey Key = new("evaluate-alerts");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await alerts.EvaluateAsync(cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(ex);
        }
    }

    [LoggerMessage(LogLevel.Error, "Evaluating fuel alerts failed; the next run, in five minutes, tries again")]
    private partial void LogFailed(Exception exception);
}
