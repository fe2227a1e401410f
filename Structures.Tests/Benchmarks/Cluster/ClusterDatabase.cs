using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Cluster;
using Structures.Core.Data;
using Structures.Core.Webhooks;

namespace Structures.Tests.Benchmarks.Cluster;

// The failover run's view of the app processes' shared PostgreSQL database: the leases each one holds, and how far
// the owners' syncs and the outbox have come.
internal sealed class ClusterDatabase(string connectionString)
{
    // The lease names of WebhookDispatchLease ("webhook:12") and OwnerWorkClaims ("owner-sync:98000001").
    private const string WebhookLease = "webhook:";
    private const string OwnerSyncLease = "owner-sync:";

    public PostgresStructuresDbContext Open() =>
        new(new DbContextOptionsBuilder<PostgresStructuresDbContext>().UseNpgsql(connectionString).Options);

    // What the process holds now: webhook ids and owner ids, with each owner's last successful sync as it stood just
    // before the leases were read (a sync still running then records a later one when it ends). An instance names
    // itself machine/process id/random part.
    public async Task<HeldWork> HeldByAsync(int processId)
    {
        var successes = await LastSuccessByOwnerAsync(null);
        await using var db = Open();
        var prefix = $"{Environment.MachineName}/{processId}/";
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var names = await db.Set<WorkLease>().AsNoTracking().Where(l => l.Holder.StartsWith(prefix) && l.Until > now).Select(l => l.Name).ToListAsync();
        List<long> owners = [.. names.Where(n => n.StartsWith(OwnerSyncLease, StringComparison.Ordinal)).Select(n => long.Parse(n[OwnerSyncLease.Length..], CultureInfo.InvariantCulture))];
        return new HeldWork(
            [.. names.Where(n => n.StartsWith(WebhookLease, StringComparison.Ordinal)).Select(n => int.Parse(n[WebhookLease.Length..], CultureInfo.InvariantCulture))],
            owners,
            owners.ToDictionary(o => o, o => successes.GetValueOrDefault(o)));
    }

    // Each owner's last successful structure sync (all owners when none are given).
    public async Task<Dictionary<long, DateTime?>> LastSuccessByOwnerAsync(IReadOnlyCollection<long>? owners)
    {
        await using var db = Open();
        var query = db.Owners.AsNoTracking();
        return await (owners is null ? query : query.Where(o => owners.Contains(o.CorporationId)))
            .ToDictionaryAsync(o => o.CorporationId, o => o.StructuresSync.LastSuccessAt);
    }

    // The owners whose last successful structure sync is after the moment (all of them when none is given).
    public async Task<int> SyncedSinceAsync(DateTime since, IReadOnlyCollection<long>? owners = null)
    {
        await using var db = Open();
        var query = db.Owners.AsNoTracking().Where(o => o.StructuresSync.LastSuccessAt > since);
        return owners is null ? await query.CountAsync() : await query.CountAsync(o => owners.Contains(o.CorporationId));
    }

    public async Task<int> UnsentAsync()
    {
        await using var db = Open();
        return await db.QueuedMessages.CountAsync(m => m.Status != QueuedMessageStatus.Sent);
    }
}

internal sealed record HeldWork(IReadOnlyList<int> Webhooks, IReadOnlyList<long> Owners, IReadOnlyDictionary<long, DateTime?> LastSuccessBefore)
{
    public static readonly HeldWork Nothing = new([], [], new Dictionary<long, DateTime?>());

    public bool Both => Webhooks.Count > 0 && Owners.Count > 0;

    // The owners whose sync the holder had not finished when it died: their last success is the one seen with the
    // leases. A sync that ended between that look and the death recorded a later one, and left nothing to take over.
    public List<long> Interrupted(IReadOnlyDictionary<long, DateTime?> lastSuccessAfterDeath) =>
        [.. Owners.Where(o => lastSuccessAfterDeath.GetValueOrDefault(o) == LastSuccessBefore.GetValueOrDefault(o))];
}
