using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Structures.Core.Data;

namespace Structures.Core.Webhooks;

// One worker per webhook with queued messages, so a slow or broken webhook never holds up another. Workers start on
// a signal, and on a periodic sweep that catches anything left after a restart. A failure (the database, a bug) is
// logged with the webhook, waits a back-off and is tried again: nothing here ever stops the host.
public sealed class WebhookDispatchService(
    WebhookDispatcher dispatcher,
    WebhookDispatchLease lease,
    DispatchSignal signal,
    IDbContextFactory<StructuresDbContext> contextFactory,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    ILogger<WebhookDispatchService> logger) : BackgroundService
{
    private readonly Lock _lock = new();
    private readonly Dictionary<int, Worker> _workers = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var sweep = SweepAsync(stoppingToken);
        try
        {
            await foreach (var webhookId in signal.Reader.ReadAllAsync(stoppingToken))
            {
                Start(webhookId, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await sweep;
        Task[] running;
        lock (_lock)
        {
            running = [.. _workers.Values.Select(w => w.Task)];
        }

        await Task.WhenAll(running);
    }

    private async Task SweepAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = options.Value.SweepInterval;
            try
            {
                await using var db = await contextFactory.CreateDbContextAsync(stoppingToken);
                var waiting = await db.QueuedMessages.Where(m => m.Status == QueuedMessageStatus.Queued || m.Status == QueuedMessageStatus.Sending)
                    .Select(m => m.WebhookId).Distinct().ToListAsync(stoppingToken);
                waiting.ForEach(id => Start(id, stoppingToken));
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                wait = DispatchBackOff.After(++failures, options.Value.RetryBaseDelay);
                logger.SweepFailed(ex, wait);
            }

            if (!await DelayAsync(wait, stoppingToken))
            {
                return;
            }
        }
    }

    // Exactly one worker per webhook: a signal for a webhook whose worker runs asks that worker for one more round.
    private void Start(int webhookId, CancellationToken stoppingToken)
    {
        lock (_lock)
        {
            if (_workers.TryGetValue(webhookId, out var running))
            {
                running.Again = true;
                return;
            }

            var worker = new Worker();
            _workers[webhookId] = worker;
            worker.Task = Task.Run(() => WorkAsync(webhookId, worker, stoppingToken), CancellationToken.None);
        }
    }

    private async Task WorkAsync(int webhookId, Worker worker, CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            lock (_lock)
            {
                worker.Again = false;
            }

            TimeSpan? wait;
            try
            {
                wait = await dispatcher.DrainAsync(webhookId, stoppingToken) is { } comeBack ? comeBack - clock.GetUtcNow().UtcDateTime : null;
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                wait = DispatchBackOff.After(++failures, options.Value.RetryBaseDelay);
                logger.DispatchFailed(ex, webhookId, wait.Value);
            }

            if (wait is null && Finish(webhookId, worker))
            {
                return;
            }

            if (wait > TimeSpan.Zero && !await DelayAsync(wait.Value, stoppingToken))
            {
                break;
            }
        }

        lock (_lock)
        {
            _workers.Remove(webhookId);
        }

        await HandOverAsync(webhookId);
    }

    // A stopping instance gives its webhooks up at once, so another instance drains them without waiting for the
    // lease to expire. If the database does not answer, the lease expires as after a crash.
    private async Task HandOverAsync(int webhookId)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(5), clock);
        try
        {
            await lease.ReleaseAsync(webhookId, patience.Token);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or OperationCanceledException or InvalidOperationException)
        {
            logger.LeaseKept(ex, webhookId);
        }
    }

    // Ends the worker unless a signal came while it drained (its messages may have been committed after the read).
    private bool Finish(int webhookId, Worker worker)
    {
        lock (_lock)
        {
            if (worker.Again)
            {
                return false;
            }

            _workers.Remove(webhookId);
            return true;
        }
    }

    private async Task<bool> DelayAsync(TimeSpan wait, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(wait, clock, stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private sealed class Worker
    {
        public Task Task { get; set; } = Task.CompletedTask;
        public bool Again { get; set; }
    }
}
