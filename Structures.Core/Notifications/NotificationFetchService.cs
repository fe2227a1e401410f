using Microsoft.Extensions.Hosting;

namespace Structures.Core.Notifications;

// Fetches each owner's notifications the moment its next fetch is due rather than on a fixed beat: waiting for ESI's
// cache is most of an alert's delay, so nothing should be added to it (ARCHITECTURE.md, decision 4).
public sealed class NotificationFetchService(NotificationFetchScheduler scheduler, IHostApplicationLifetime lifetime, TimeProvider clock) : BackgroundService
{
    // New owners and characters are noticed at least this often.
    private static readonly TimeSpan LongestSleep = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // ESI is called only once the app serves: in demo mode ESI is the app itself.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var finished = scheduler.FetchFinished;
            var next = await scheduler.StartDueAsync(stoppingToken);
            var sleep = next is { } at ? at - clock.GetUtcNow().UtcDateTime : LongestSleep;
            using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var delay = Task.Delay(sleep < TimeSpan.Zero ? TimeSpan.Zero : sleep > LongestSleep ? LongestSleep : sleep, clock, wake.Token);
            await Task.WhenAny(delay, finished);
            await wake.CancelAsync();
        }
    }
}
