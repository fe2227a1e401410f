using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Structures.Core.Data;
using Structures.Core.Notices;
using Structures.Core.Owners;

namespace Structures.Core.Status;

// Is the service doing its job? Every active owner counted in the status must have fresh syncs of every stage
// (aa-structures §1.1, §5.3). Asking only reads; the scheduled evaluation records each owner's state and tells admins
// once per change.
public sealed class ServiceStatus(IDbContextFactory<StructuresDbContext> contextFactory, IOptions<StatusOptions> options, TimeProvider clock)
{
    public bool IsUp(Owner owner, DateTime now)
    {
        var structures = options.Value.StructureSyncGrace;
        var notifications = options.Value.NotificationSyncGrace;
        return owner.StructuresSync.IsFresh(now, structures) && owner.AssetsSync.IsFresh(now, structures)
            && owner.NotificationsSync.IsFresh(now, notifications) && owner.ForwardingSync.IsFresh(now, notifications);
    }

    // What the service-status URL answers: reads, never writes, so polling it changes nothing.
    public async Task<bool> IsServiceUpAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var counted = await db.Owners.AsNoTracking().Where(o => o.IsActive && o.IsIncludedInServiceStatus).ToListAsync(cancellationToken);
        return counted.All(o => IsUp(o, now));
    }

    public async Task EvaluateAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var owners = await db.Owners.Where(o => o.IsActive).ToListAsync(cancellationToken);
        foreach (var owner in owners)
        {
            var up = IsUp(owner, now);
            if (owner.IsUp is { } before && before != up)
            {
                db.AdminNotices.Add(up
                    ? NewNotice.ServicesRestored(now, owner.CorporationId, owner.CorporationName)
                    : NewNotice.ServicesDown(now, owner.CorporationId, owner.CorporationName, Stale(owner, now)));
            }

            owner.IsUp = up;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private IEnumerable<(string Stage, string? Error)> Stale(Owner owner, DateTime now)
    {
        var structures = options.Value.StructureSyncGrace;
        var notifications = options.Value.NotificationSyncGrace;
        var stale = new (string Stage, SyncStageStatus Status, TimeSpan Grace)[]
        {
            ("structures", owner.StructuresSync, structures), ("assets", owner.AssetsSync, structures),
            ("notifications", owner.NotificationsSync, notifications), ("forwarding", owner.ForwardingSync, notifications),
        };
        return stale.Where(s => !s.Status.IsFresh(now, s.Grace)).Select(s => (s.Stage, s.Status.LastError));
    }
}
