using Microsoft.Extensions.Logging;
using Quartz;
using Structures.Core.Scheduling;

namespace Structures.Core.Notifications.Alerts;

// Fuel burns between syncs too: alerts are looked at every few minutes.
[DisallowConcurrentExecution]
internal sealed class EvaluateAlertsJob(GeneratedAlerts alerts, ILogger<EvaluateAlertsJob> logger) : IJob
{
    public static readonly JobKey Key = new("evaluate-alerts");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await JobRun.IsolatedAsync(logger, "Evaluating fuel alerts", () => alerts.EvaluateAsync(cancellationToken), cancellationToken);
}
