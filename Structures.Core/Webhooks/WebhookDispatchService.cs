using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Structures.Core.Data;

namespace Structures.Core.Webhooks;

// One worker per webhook with queued messages, so a slow or broken webhook never holds up another.
// Workers start on a signal, and on a periodic sweep that catches anything left after a restart.
public sealed class WebhookDispatchService(
    WebhookDispatcher dispatcher,
    DispatchSignal signal,
    IDbContextFactory<StructuresDbContext> contextFactory,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    ILogger<WebhookDispatchService> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<int, Task> _workers = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var sweep = SweepAsync(stoppingToken);
        await foreach (var webhookId in signal.Reader.ReadAllAsync(stoppingToken))
        {
            Start(webhookId, stoppingToken);
        }

        await sweep;
    }

    private async Task SweepAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await using (var db = await contextFactory.CreateDbContextAsync(stoppingToken))
            {
                var waiting = await db.Set<QueuedMessage>().Where(m => m.Status == QueuedMessageStatus.Queued)
                    .Select(m => m.WebhookId).Distinct().ToListAsync(stoppingToken);
                waiting.ForEach(id => Start(id, stoppingToken));
            }

            await Task.Delay(options.Value.SweepInterval, clock, stoppingToken);
        }
    }

    private void Start(int webhookId, CancellationToken stoppingToken)
    {
        if (_workers.TryGetValue(webhookId, out var running) && !running.IsCompleted)
        {
            return;
        }

        _workers[webhookId] = Task.Run(() => WorkAsync(webhookId, stoppingToken), stoppingToken);
    }

    private async Task WorkAsync(int webhookId, CancellationToken stoppingToken)
    {
        try
        {
            while (await dispatcher.DrainAsync(webhookId, stoppingToken) is { } comeBack)
            {
                var wait = comeBack - clock.GetUtcNow().UtcDateTime;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, clock, stoppingToken);
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.DispatchCrashed(ex, webhookId);
        }
    }
}
