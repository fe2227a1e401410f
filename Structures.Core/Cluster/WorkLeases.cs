using Microsoft.EntityFrameworkCore;
using Structures.Core.Data;

namespace Structures.Core.Cluster;

// Who does a piece of work when several instances share one database. A claim is one statement (an upsert that
// takes the row only when it is free, expired or already this instance's), so two instances asking at once get one
// yes between them, on SQLite and PostgreSQL alike. Instances compare times by their own clocks: keep them in step
// (NTP) and leases far longer than the drift.
public sealed class WorkLeases(IDbContextFactory<StructuresDbContext> contextFactory, InstanceIdentity instance, TimeProvider clock)
{
    public string Holder => instance.Name;

    // True when this instance now holds the lease until duration from now: it was free, had expired, or was its own
    // (claiming again renews it).
    public async Task<bool> TryClaimAsync(string name, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(name.Length, WorkLease.MaxNameLength, nameof(name));
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + duration;
        var holder = instance.Name;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var changed = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "WorkLeases" ("Name", "Holder", "Until") VALUES ({name}, {holder}, {until})
            ON CONFLICT ("Name") DO UPDATE SET "Holder" = excluded."Holder", "Until" = excluded."Until"
            WHERE "WorkLeases"."Holder" = {holder} OR "WorkLeases"."Until" <= {now}
            """,
            cancellationToken);
        return changed == 1;
    }

    // Gives the lease up at once (when the work is done), if this instance still holds it.
    public async Task ReleaseAsync(string name, CancellationToken cancellationToken)
    {
        var holder = instance.Name;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "WorkLeases" WHERE "Name" = {name} AND "Holder" = {holder}""", cancellationToken);
    }

    // Who holds the lease and until when, or null when nobody does (free or expired).
    public async Task<WorkLease?> CurrentAsync(string name, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.WorkLeases.AsNoTracking().SingleOrDefaultAsync(l => l.Name == name && l.Until > now, cancellationToken);
    }
}
