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

    // What the process holds now: webhook ids and owner ids. An instance names itself machine/process id/random part.
    public async Task<HeldWork> HeldByAsync(int processId)
    {
        await using var db = Open();
        var prefix = $"{Environment.MachineName}/{processId}/";
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var names = await db.Set<WorkLease>().AsNoTracking().Where(l => l.Holder.StartsWith(prefix) && l.Until > now).Select(l => l.Name).ToListAsync();
        return new HeldWork(
            [.. names.Where(n => n.StartsWith(WebhookLease, StringComparison.Ordinal)).Select(n => int.Parse(n[WebhookLease.Length..], CultureInfo.InvariantCulture))],
            [.. names.Where(n => n.StartsWith(OwnerSyncLease, StringComparison.Ordinal)).Select(n => long.Parse(n[OwnerSyncLease.Length..], CultureInfo.InvariantCulture))]);
    }

    // The owners whose last successful structure sync is after the moment (all of them when none is given).
    public async Task<int> SyncedSinceAsync(DateTime since, IReadOnlyCollection<long>? owners = null)
    {
        await using var db = Open();
        var query = db.Owners.AsNoTracking().Where(o => o.StructuresSync.LastSuccessAt > since);
        return owners is null ? await query.CountAsync() : await query.CountAsync(o => owners.Contains(o.CorporationId));
    }

    // When each of the owners' last successful sync started.
    public async Task<List<DateTime>> LastSuccessesAsync(IReadOnlyCollection<long> owners)
    {
        await using var db = Open();
        return await db.Owners.AsNoTracking().Where(o => owners.Contains(o.CorporationId) && o.StructuresSync.LastSuccessAt != null)
            .Select(o => o.StructuresSync.LastSuccessAt!.Value).ToListAsync();
    }

    public async Task<int> UnsentAsync()
    {
        await using var db = Open();
        return await db.QueuedMessages.CountAsync(m => m.Status != QueuedMessageStatus.Sent);
    }
}

internal sealed record HeldWork(IReadOnlyList<int> Webhooks, IReadOnlyList<long> Owners)
{
    public bool Both => Webhooks.Count > 0 && Owners.Count > 0;
}
