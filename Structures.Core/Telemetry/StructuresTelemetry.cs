using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Structures.Core.Data;
using Structures.Core.Live;
using Structures.Core.Notifications;
using Structures.Core.Structures;
using Structures.Core.Webhooks;

namespace Structures.Core.Telemetry;

// The app's one Meter: what the features report, each with one call, and what is read when metrics are collected.
// The names and labels are listed in the README ("Telemetry"); traces are in DeliveryTrace.
public sealed class StructuresTelemetry
{
    public const string Name = "Structures";

    private static readonly InstrumentAdvice<double> DeliverySeconds = new() { HistogramBucketBoundaries = [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300, 900] };
    private static readonly InstrumentAdvice<double> SyncSeconds = new() { HistogramBucketBoundaries = [0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300] };

    private readonly IDbContextFactory<StructuresDbContext> _contexts;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly TimeProvider _clock;
    private readonly Counter<long> _received;
    private readonly Counter<long> _delivered;
    private readonly Counter<long> _deadLettered;
    private readonly Histogram<double> _deliveryLatency;
    private readonly Gauge<int> _errorLimitRemaining;
    private readonly Counter<long> _esiLimited;
    private readonly Histogram<double> _syncDuration;
    private readonly Counter<long> _syncFailures;

    public StructuresTelemetry(IMeterFactory meters, IDbContextFactory<StructuresDbContext> contexts, DashboardEvents events, IHostApplicationLifetime lifetime, TimeProvider clock)
    {
        (_contexts, _lifetime, _clock) = (contexts, lifetime, clock);
        var meter = meters.Create(Name);
        _received = meter.CreateCounter<long>("structures.notifications.received", "{notification}", "Notifications read from ESI and stored for the first time.");
        _delivered = meter.CreateCounter<long>("structures.messages.delivered", "{message}", "Messages Discord accepted (2xx).");
        _deadLettered = meter.CreateCounter<long>("structures.messages.dead_lettered", "{message}", "Messages given up on: refused by Discord or out of attempts.");
        _deliveryLatency = meter.CreateHistogram("structures.messages.delivery_latency", "s", "From queueing a message (a notification's is queued when it is fetched) to Discord's 2xx.", advice: DeliverySeconds);
        meter.CreateObservableGauge("structures.webhooks.queue_depth", QueueDepths, "{message}", "Messages waiting for each webhook, or being posted.");
        _errorLimitRemaining = meter.CreateGauge<int>("structures.esi.error_limit_remaining", "{error}", "ESI's X-ESI-Error-Limit-Remain in its latest answer.");
        _esiLimited = meter.CreateCounter<long>("structures.esi.limited", "{response}", "ESI answers 420 (error limit reached) and 429 (rate limited).");
        _syncDuration = meter.CreateHistogram("structures.sync.duration", "s", "Structure sync runs of an owner, whatever their outcome.", advice: SyncSeconds);
        _syncFailures = meter.CreateCounter<long>("structures.sync.failures", "{run}", "Structure sync runs of an owner that failed or crashed.");
        meter.CreateObservableUpDownCounter("structures.live.pages", () => events.SubscriberCount, "{page}", "Live pages open (boards and the other pages that follow changes).");
    }

    public void Received(IEnumerable<ParsedNotification> added)
    {
        foreach (var notification in added)
        {
            _received.Add(1, new KeyValuePair<string, object?>("type", notification.Type));
        }
    }

    // After Discord's answer to one post is committed: what it did to each message it carried.
    public void Answered(Webhook webhook, IEnumerable<QueuedMessage> batch, DateTime answeredAt)
    {
        var tag = new KeyValuePair<string, object?>("webhook", webhook.Name);
        foreach (var message in batch)
        {
            if (message.Status == QueuedMessageStatus.Sent)
            {
                _delivered.Add(1, tag);
                _deliveryLatency.Record(Math.Max(0, (answeredAt - message.CreatedAt).TotalSeconds), tag);
            }
            else if (message.Status == QueuedMessageStatus.DeadLettered)
            {
                _deadLettered.Add(1, tag);
            }
        }
    }

    public void EsiAnswered(int status, int? errorLimitRemaining)
    {
        if (errorLimitRemaining is { } remaining)
        {
            _errorLimitRemaining.Record(remaining);
        }

        if (status is 420 or 429)
        {
            _esiLimited.Add(1, new KeyValuePair<string, object?>("status", status));
        }
    }

    // Times one sync run of an owner; a failed result or a crash counts as a failure, a stop of the app as neither.
    public async Task<StructureSyncResult> MeasureSyncAsync(long ownerId, Func<Task<StructureSyncResult>> sync)
    {
        var started = _clock.GetTimestamp();
        var owner = new KeyValuePair<string, object?>("owner", ownerId);
        var outcome = "crashed";
        try
        {
            var result = await sync();
            outcome = result.Complete ? "succeeded" : "failed";
            return result;
        }
        catch (OperationCanceledException)
        {
            outcome = "stopped";
            throw;
        }
        finally
        {
            _syncDuration.Record(_clock.GetElapsedTime(started).TotalSeconds, owner, new KeyValuePair<string, object?>("outcome", outcome));
            if (outcome is "failed" or "crashed")
            {
                _syncFailures.Add(1, owner);
            }
        }
    }

    // Read from the database only while the app runs: before start its schema may not be migrated yet.
    private IEnumerable<Measurement<int>> QueueDepths()
    {
        if (!_lifetime.ApplicationStarted.IsCancellationRequested || _lifetime.ApplicationStopping.IsCancellationRequested)
        {
            return [];
        }

        using var db = _contexts.CreateDbContext();
        var depths = db.Webhooks.AsNoTracking()
            .Select(w => new
            {
                w.Name,
                Depth = db.QueuedMessages.Count(m => m.WebhookId == w.Id && (m.Status == QueuedMessageStatus.Queued || m.Status == QueuedMessageStatus.Sending)),
            })
            .ToList();
        return [.. depths.Select(w => new Measurement<int>(w.Depth, new KeyValuePair<string, object?>("webhook", w.Name)))];
    }
}
