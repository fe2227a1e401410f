using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Structures.Core.Live;

namespace Structures.Core.Notifications.Alerts;

// Evaluates fuel alerts right after every structure sync, and announces refuels the sync detected.
internal sealed partial class AlertWatcher(DashboardEvents events, GeneratedAlerts alerts, ILogger<AlertWatcher> logger) : IHostedService
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = events.Subscribe(OnChangeAsync);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }

    private async Task OnChangeAsync(DashboardEvent change)
    {
        try
        {
            switch (change)
            {
                case StructureRefueled refueled:
                    await alerts.RefueledAsync(refueled.StructureId, CancellationToken.None);
                    break;
                case StructuresChanged:
                    await alerts.EvaluateAsync(CancellationToken.None);
                    break;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(ex, change.GetType().Name);
        }
    }

    [LoggerMessage(LogLevel.Error, "Generated alerts failed after {EventName}")]
    private partial void LogFailed(Exception exception, string eventName);
}
