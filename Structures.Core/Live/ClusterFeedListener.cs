using System.Data.Common;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Structures.Core.Cluster;
using Structures.Core.Data;

namespace Structures.Core.Live;

// Brings the changes published on the other instances to this instance's pages: LISTEN on a connection of its own,
// each notification republished to the local feed (not sent back). When the database drops the connection it comes
// back with growing pauses, logging the outage once; once listening again it publishes ChangesMissed, because what
// the others published meanwhile is lost, so open pages read everything again.
public sealed class ClusterFeedListener(
    IOptions<DataOptions> data, DashboardEvents events, InstanceIdentity instance, TimeProvider clock, ILogger<ClusterFeedListener> logger)
    : BackgroundService
{
    private static readonly TimeSpan[] Pauses = [TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15)];

    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // The database server's process for the listening connection while it listens (for diagnostics and tests).
    public int? BackendProcessId { get; private set; }

    // Completes once this instance first listens: from then on the others' changes reach it.
    public Task Listening => _listening.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A few milliseconds of the host's start, before the first change travels.
        ClusterFeedMessage.Rehearse();
        var failures = 0;
        var lostAt = clock.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ListenerConnectionString());
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, e) => Receive(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {ClusterFeedMessage.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                BackendProcessId = connection.ProcessID;
                _listening.TrySetResult();
                if (failures > 0)
                {
                    logger.FeedListeningAgain(clock.GetUtcNow() - lostAt, failures);
                    events.PublishFromAnotherInstance(new ChangesMissed());
                    failures = 0;
                }

                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (Exception e) when (e is DbException or IOException or TimeoutException && !stoppingToken.IsCancellationRequested)
            {
                BackendProcessId = null;
                if (failures == 0)
                {
                    lostAt = clock.GetUtcNow();
                    logger.FeedListeningLost(e);
                }

                await Task.Delay(Pauses[Math.Min(failures, Pauses.Length - 1)], clock, stoppingToken);
                failures++;
            }
        }
    }

    private void Receive(string payload)
    {
        var (sender, change) = ClusterFeedMessage.Read(payload);
        if (sender != instance.Name)
        {
            events.PublishFromAnotherInstance(change);
        }
    }

    // Its own connection, outside the pool (a pooled connection forgets its LISTEN when returned), with keepalives so
    // that a connection lost without a word (a network fault) is noticed while waiting.
    private string ListenerConnectionString()
    {
        var builder = new NpgsqlConnectionStringBuilder(data.Value.ConnectionString) { Pooling = false };
        if (builder.KeepAlive == 0)
        {
            builder.KeepAlive = 15;
        }

        return builder.ConnectionString;
    }
}
