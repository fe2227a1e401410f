using Quartz;

namespace Structures.Core.Notifications.Alerts;

// Fuel burns between syncs too: alerts are looked at every few minutes.
[DisallowConcurrentExecution]
internal sealed class EvaluateAlertsJob(GeneratedAlerts alerts) : IJob
{
    public static readonly JobKey Key = new("evaluate-alerts");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await alerts.EvaluateAsync(cancellationToken);
}
