using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Structures.Core.Scheduling;

namespace Structures.Core.Notifications;

// Fetches each owner's notifications the moment its next fetch is due rather than on a fixed beat: waiting for ESI's
// cache is most of an alert's delay, so nothing should be added to it (ARCHITECTURE.md, decision 4). Owners due at the
// same moment are started a few tens of milliseconds apart (NotificationFetchPacing), and stay apart after that.
public sealed class NotificationFetchService(
    NotificationFetchScheduler scheduler,
    AlertPathRehearsal rehearsal,
    Webhooks.WebhookLookup webhookLookup,
    IOptions<NotificationOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider clock,
    ILogger<NotificationFetchService> logger) : BackgroundService
{
    // New owners and characters are noticed at least this often.
    private static readonly TimeSpan LongestSleep = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LongestBackOff = TimeSpan.FromMinutes(1);

    private int _failures;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // ESI is called only once the app serves: in demo mode ESI is the app itself.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken);
        }

        // The webhooks are looked up while the fetches start: Discord's answers hold up no alert.
        var lookup = Task.CompletedTask;
        if (options.Value.RehearseAtStart)
        {
            await rehearsal.RunAsync(stoppingToken);
            lookup = webhookLookup.RunAsync(stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var finished = scheduler.FetchFinished;
            var sleep = await StepAsync(stoppingToken);
            using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var delay = Task.Delay(sleep, clock, wake.Token);
            // After a failure only the back-off wakes the loop: a fetch ending is no reason to try the database sooner.
            await Task.WhenAny(delay, _failures > 0 ? delay : finished);
            await wake.CancelAsync();
        }

        await lookup;
    }

    // One look at who is due: starts their fetches and says how long to sleep. A failure of the look itself (the
    // database locked or broken) is logged and backed off; the host never stops for it.
    internal async Task<TimeSpan> StepAsync(CancellationToken stoppingToken)
    {
        try
        {
            var next = await scheduler.StartDueAsync(stoppingToken);
            _failures = 0;
            var sleep = next is { } at ? at - clock.GetUtcNow().UtcDateTime : LongestSleep;
            return sleep < TimeSpan.Zero ? TimeSpan.Zero : sleep > LongestSleep ? LongestSleep : sleep;
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            var backOff = FailureBackOff.After(++_failures, LongestBackOff);
            logger.FetchPlanningFailed(ex, _failures, backOff);
            return backOff;
        }
    }
}
