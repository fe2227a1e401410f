using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Structures.Core.Structures;

namespace Structures.Core.Scheduling;

// Several instances: the look for owners whose structures are due is every instance's own, not a Quartz job that one
// of them fires. Each one looks every SyncCheckInterval and syncs the due owners whose lease it gets, one per free
// parallel slot (StructureSyncScheduler), so a burst of due owners is split between the instances.
internal sealed class OwnerSyncLoop(
    StructureSyncScheduler scheduler,
    IHostApplicationLifetime lifetime,
    IOptions<SchedulingOptions> options,
    TimeProvider clock,
    ILogger<OwnerSyncLoop> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // ESI is called only once the app serves: in demo mode ESI is the app itself.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken);
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await JobRun.IsolatedAsync(logger, "Looking for owners whose structures are due", () => scheduler.SyncDueAsync(stoppingToken), stoppingToken);
                await Task.Delay(options.Value.SyncCheckInterval, clock, stoppingToken);
            }
        }
        // What a sync throws on its way out while the app stops is the stop, not a crash.
        catch (Exception) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
