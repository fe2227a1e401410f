using System.Data.Common;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Structures.Core.Cluster;
using Structures.Core.Data;

namespace Structures.Core.Live;

// Sends the changes published on this instance to the other instances on one PostgreSQL database (pg_notify on the
// app's channel). The publisher never waits: changes are queued and sent in order by this background loop. When a
// send fails, what is queued is dropped (the others could not be told anyway) and, once sending works again, the
// others are told first that they may have missed changes.
public sealed class ClusterFeedSender(IDbContextFactory<StructuresDbContext> contextFactory, InstanceIdentity instance, ILogger<ClusterFeedSender> logger)
    : BackgroundService
{
    private readonly Channel<DashboardEvent> _outgoing = Channel.CreateUnbounded<DashboardEvent>(new UnboundedChannelOptions { SingleReader = true });
    private bool _failing;

    public void Send(DashboardEvent change) => _outgoing.Writer.TryWrite(change);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (await _outgoing.Reader.WaitToReadAsync(stoppingToken))
        {
            await SendQueuedAsync(stoppingToken);
        }
    }

    private async Task SendQueuedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            if (_failing)
            {
                await NotifyAsync(db, new ChangesMissed(), cancellationToken);
                _failing = false;
                logger.FeedSendingResumed();
            }

            while (_outgoing.Reader.TryRead(out var change))
            {
                await NotifyAsync(db, change, cancellationToken);
            }
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            if (!_failing)
            {
                logger.FeedSendingFailed(e);
            }

            _failing = true;
            while (_outgoing.Reader.TryRead(out _))
            {
                // Dropped: the others are told to read everything again once sending works.
            }
        }
    }

    private async Task NotifyAsync(StructuresDbContext db, DashboardEvent change, CancellationToken cancellationToken)
    {
        foreach (var payload in ClusterFeedMessage.Write(change, instance.Name))
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({ClusterFeedMessage.Channel}, {payload})", cancellationToken);
        }
    }
}
