using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Structures.Core.Data;
using Structures.Core.Notices;
using Structures.Core.Owners;
using Structures.Core.Structures;

namespace Structures.Core.Status;

// Is the service doing its job? Every active owner counted in the status must have fresh syncs of every stage
// (aa-structures §1.1, §5.3). Asking only reads; the scheduled evaluation records each owner's state and tells admins
// once per change.
public sealed class ServiceStatus(IDbContextFactory<StructuresDbContext> contextFactory, IOptions<StructuresOptions> options, TimeProvider clock)
{
    public bool IsUp(Owner owner, DateTime now)
    {
        var structures = TimeSpan.FromMinutes(options.Value.StructureSyncGraceMinutes);
        var notifications = TimeSpan.FromMinutes(options.Value.NotificationSyncGraceMinutes);
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
                db.AdminNotices.Add(new AdminNotice
                {
                    CreatedAt = now,
                    Level = up ? NoticeLevel.Info : NoticeLevel.Danger,
                    Title = up ? $"Services restored for {owner.CorporationName}" : $"Services down for {owner.CorporationName}",
                    Message = up ? "Every sync of this owner works again." : Why(owner, now),
                    OwnerId = owner.CorporationId,
                });
            }

            owner.IsUp = up;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private string Why(Owner owner, DateTime now)
    {
        var structures = TimeSpan.FromMinutes(options.Value.StructureSyncGraceMinutes);
        var notifications = TimeSpan.FromMinutes(options.Value.NotificationSyncGraceMinutes);
        var stale = new (string Stage, SyncStageStatus Status, TimeSpan Grace)[]
        {
            ("structures", owner.StructuresSync, structures), ("assets", owner.AssetsSync, structures),
            ("notifications", owner.NotificationsSync, notifications), ("forwarding", owner.ForwardingSync, notifications),
        }.Where(s => !s.Status.IsFresh(now, s.Grace)).Select(s => s.Status.LastError is { } error ? $"{s.Stage}: {error}" : $"{s.Stage}: no success recently");
        return string.Join(" ", stale);
    }
}
